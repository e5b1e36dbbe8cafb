// Loading dist/sharecue.js twice (one async, one not) is harmless (CONTRACT §1).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { controls, settle, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const PAGE = '/test/browser/pages/twice.html'

/** Counts the distinct objects ever assigned to window.ShareCue (a configurable accessor, so defineProperty still works). */
const trapShareCue = () => {
  const seen = []
  let current
  Object.defineProperty(window, 'ShareCue', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (value) => {
      if (!seen.includes(value)) seen.push(value)
      current = value
    },
  })
  Object.defineProperty(window, '__shareCueAssigned', { get: () => seen.length })
}

test('with the script included twice, each target is mounted exactly once', async () => {
  const s = await h.open(PAGE)
  await waitForWidget(s.page, '#first', { session: s })
  await waitForWidget(s.page, '#second', { session: s })
  await settle(s)
  await s.page.waitForTimeout(200)
  assert.deepEqual((await controls(s.page, '#first')).map((c) => c.channel), ['facebook', 'x', 'copy'])
  assert.deepEqual((await controls(s.page, '#second')).map((c) => c.channel), ['whatsapp', 'email'])
  const light = await s.page.evaluate(() => ['#first', '#second'].map((sel) => document.querySelector(sel).children.length))
  assert.deepEqual(light, [0, 0], 'no widget markup leaked into the light DOM')
  assert.equal(h.server.requests.filter((r) => r.pathname === '/dist/sharecue.js').length >= 1, true)
  s.assertNoPageErrors()
  assert.deepEqual(s.warnings, [])
})

test('with the script included twice, window.ShareCue is one object', async () => {
  const s = await h.open(PAGE, { initScript: trapShareCue })
  await waitForWidget(s.page, '#first', { session: s })
  await waitForWidget(s.page, '#second', { session: s })
  await settle(s)
  const { assigned, type } = await s.page.evaluate(() => ({
    assigned: window.__shareCueAssigned,
    type: typeof (window.ShareCue),
  }))
  assert.equal(type, 'object')
  // 0 when the widget replaced our accessor with Object.defineProperty: then only "defined" is checked.
  assert.ok(assigned <= 1, `window.ShareCue was set to ${assigned} different objects`)
  s.assertNoPageErrors()
})
