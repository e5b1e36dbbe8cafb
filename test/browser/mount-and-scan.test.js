// A target the scan finds and a ShareCue.mount() call on the same target: whichever comes
// first, the options given to the call stand, in both stages (the scan's own first update, made
// a task later, used to replace them with the target's attributes).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { controls, settle, sleep, useBrowser, waitForWidget } from './harness.js'
import { pageHtml } from './fixtures.js'

const h = useBrowser()
const APP = '/dist/sc-app.js'
/** The README's queue stub. */
const SNIPPET = "window.ShareCue=window.ShareCue||{q:[]};['mount','configure','on','consent','flush','purchase'].forEach(function(m){ShareCue[m]=ShareCue[m]||function(){ShareCue.q.push([m,arguments])}})"

const appRequests = (s) => s.requests.filter((r) => new URL(r.url).pathname === APP)
const channelsOf = async (page, sel = '#share') => (await controls(page, sel)).map((c) => c.channel)

test('ShareCue.mount() from the queue stub on a [data-sharecue] target keeps its options after the scan finds the target', async () => {
  const html = pageHtml({
    head: `<script>${SNIPPET}</script>`,
    script: false,
    body: `<div id="share" data-sharecue data-url="https://shop.example/p/lantern" data-title="Field Lantern" data-channels="x,copy"></div>
<script>ShareCue.mount(document.querySelector('#share'), { channels: ['telegram'] })</script>
<script src="/dist/sharecue.js" async></script>`,
  })
  const s = await h.open('/inline/mount-scan-queue-mount.html', { html })
  await waitForWidget(s.page, '#share', { session: s })
  await settle(s)
  await sleep(300)
  assert.deepEqual(await channelsOf(s.page), ['telegram'], 'the options given to mount() were replaced by the scan\'s')
  s.assertNoPageErrors()
})

test('ShareCue.mount() right after load on a [data-sharecue] target keeps its options (scan runs a task later)', async () => {
  const html = pageHtml({
    script: false,
    body: `<div id="share" data-sharecue data-url="https://shop.example/p/lantern" data-title="Field Lantern" data-channels="x,copy"></div>
<script src="/dist/sharecue.js"></script>
<script>ShareCue.mount(document.querySelector('#share'), { channels: ['telegram'] })</script>`,
  })
  const s = await h.open('/inline/mount-scan-sync-mount.html', { html })
  await waitForWidget(s.page, '#share', { session: s })
  await settle(s)
  await sleep(300)
  assert.deepEqual(await channelsOf(s.page), ['telegram'])
  s.assertNoPageErrors()
})

test('ShareCue.mount() with options on a target the scan found but has not painted yet (below the fold) keeps its options', async () => {
  const html = pageHtml({
    body: `<div style="height:6000px"></div>
<div id="share" data-sharecue data-url="https://shop.example/p/lantern" data-title="Field Lantern" data-channels="x,copy"></div>`,
  })
  const s = await h.open('/inline/mount-scan-below.html', { html })
  await s.page.waitForFunction(() => window.ShareCue?.version)
  await settle(s)
  await s.page.evaluate(() => window.ShareCue.mount(document.querySelector('#share'), { channels: ['telegram'] }))
  await waitForWidget(s.page, '#share', { session: s })
  await settle(s)
  assert.deepEqual(await channelsOf(s.page), ['telegram'])
  // The shopper scrolls down: the scan's scheduled mount now reaches the target.
  await s.page.evaluate(() => document.querySelector('#share').scrollIntoView())
  await sleep(500)
  await settle(s)
  assert.deepEqual(await channelsOf(s.page), ['telegram'], 'scrolling to the widget replaced the options given to mount()')
  s.assertNoPageErrors()
})

test('ShareCue.mount() with options between the scan\'s first paint task and its next keeps its options, in both stages', async () => {
  // The moment the scan opens the target's host (its shadow root), the page mounts it itself.
  const initScript = () => {
    const attach = Element.prototype.attachShadow
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init)
      if (this.id === 'share') queueMicrotask(() => window.ShareCue.mount(this, { channels: ['telegram'] }))
      return root
    }
  }
  const s = await h.open('/inline/mount-scan-race-mount.html', {
    initScript,
    html: pageHtml({ body: '<div id="share" data-sharecue data-url="https://shop.example/p/lantern" data-title="Field Lantern" data-channels="x,copy"></div>' }),
  })
  await waitForWidget(s.page, '#share', { session: s })
  await settle(s)
  await sleep(300)
  assert.equal(appRequests(s).length, 1, 'mount() loads the full widget at once')
  assert.deepEqual(await channelsOf(s.page), ['telegram'], 'the scan\'s scheduled first update replaced the options given to mount()')
  s.assertNoPageErrors()
})

// Contract §3: removing a target releases its widget, whoever mounted it. A call on a target the
// scan has not painted yet (below the fold), or a widget a call destroyed and mounted again, was
// not the one the scan held: taken out of the page, it kept its container, observers and timers.
for (const [name, call] of [
  ['a target the scan has not painted yet (below the fold)', (el) => window.ShareCue.mount(el, { channels: ['telegram'] })],
  ['a widget destroyed and mounted again', (el) => { window.ShareCue.mount(el).destroy(); window.ShareCue.mount(el, { channels: ['telegram'] }) }],
]) {
  test(`ShareCue.mount() on ${name}: taking the target out of the page releases the widget`, async () => {
    const html = pageHtml({
      body: `<div id="space" style="height:6000px"></div>
<div id="share" data-sharecue data-url="https://shop.example/p/lantern" data-title="Field Lantern" data-channels="x,copy"></div>`,
    })
    const s = await h.open('/inline/mount-scan-release.html', { html })
    await s.page.waitForFunction(() => window.ShareCue?.version)
    await settle(s)
    if (name.startsWith('a widget')) await s.page.evaluate(() => document.querySelector('#space').remove())
    await sleep(300)
    await s.page.evaluate(`(${call})(document.querySelector('#share'))`)
    await waitForWidget(s.page, '#share', { session: s })
    // Released, the widget removes its container from the target's shadow root.
    const left = await s.page.evaluate(async () => {
      const el = document.querySelector('#share')
      el.remove()
      await new Promise((done) => setTimeout(done, 300))
      return el.shadowRoot.childElementCount
    })
    assert.equal(left, 0, 'the removed target still holds its widget')
    s.assertNoPageErrors()
  })
}

test('an element the page makes a target later (data-sharecue set on it after load, as a framework does) becomes a widget', async () => {
  const html = pageHtml({ body: '<div id="share" data-channels="x,copy" data-url="https://shop.example/p/field-lantern" data-title="Field Lantern"></div>' })
  const s = await h.open('/inline/attribute-later.html', { html })
  await settle(s)
  assert.equal(await s.page.evaluate(() => !!document.getElementById('share').shadowRoot), false, 'no widget before the attribute')
  await s.page.evaluate(() => document.getElementById('share').setAttribute('data-sharecue', ''))
  await waitForWidget(s.page, '#share', { session: s })
  assert.deepEqual(await channelsOf(s.page), ['x', 'copy'])
  s.assertNoPageErrors()
})
