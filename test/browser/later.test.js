// Targets added after the script ran become widgets; removing one releases it (CONTRACT §3).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { controls, settle, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const PAGE = '/test/browser/pages/later.html'
const ids = (list) => list?.map((c) => c.channel)

test('a target added 1 s after load mounts', async () => {
  const s = await h.open(PAGE)
  await s.page.waitForSelector('#later-1', { state: 'attached' })
  await waitForWidget(s.page, '#later-1', { session: s })
  assert.deepEqual(ids(await controls(s.page, '#later-1')), ['facebook', 'x', 'copy'])
  s.assertNoPageErrors()
})

test('a target removed by the page goes quietly, and a new one added afterwards mounts', async () => {
  const s = await h.open(PAGE + '?manual')
  await s.page.click('#add')
  await waitForWidget(s.page, '#later-1', { session: s })
  await s.page.click('#remove')
  assert.equal(await s.page.$('#later-1'), null)
  await s.page.waitForTimeout(300)
  await s.page.click('#add')
  await waitForWidget(s.page, '#later-2', { session: s })
  assert.deepEqual(ids(await controls(s.page, '#later-2')), ['facebook', 'x', 'copy'])
  await settle(s)
  s.assertNoPageErrors()
  assert.deepEqual(s.warnings, [])
})

test('the same element removed and put back is a widget again, with its controls not doubled', async () => {
  const s = await h.open(PAGE + '?manual')
  await s.page.evaluate(() => window.addTarget())
  await waitForWidget(s.page, '#later-1', { session: s })
  await s.page.evaluate(() => {
    const el = document.getElementById('later-1')
    window.parked = el
    el.remove()
  })
  await s.page.waitForTimeout(300)
  await s.page.evaluate(() => document.getElementById('slot').append(window.parked))
  await waitForWidget(s.page, '#later-1', { session: s })
  await s.page.waitForTimeout(300)
  assert.deepEqual(ids(await controls(s.page, '#later-1')), ['facebook', 'x', 'copy'])
  s.assertNoPageErrors()
})

test('twenty add/remove cycles leave one working widget and no error', async () => {
  const s = await h.open(PAGE + '?manual')
  const last = await s.page.evaluate(async () => {
    const w = window
    let id = ''
    for (let i = 0; i < 20; i++) {
      id = w.addTarget()
      if (i % 2) await new Promise((done) => setTimeout(done, 20))
      if (i < 19) w.removeTarget()
    }
    return id
  })
  await waitForWidget(s.page, '#' + last, { session: s })
  assert.equal(await s.page.locator('#slot [data-sharecue]').count(), 1)
  assert.deepEqual(ids(await controls(s.page, '#' + last)), ['facebook', 'x', 'copy'])
  await settle(s)
  s.assertNoPageErrors()
})
