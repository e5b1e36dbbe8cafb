// DOM clobbering: markup alone (a product review that allows images and forms) names elements
// after what the script reads. `<img name="currentScript">` shadows document.currentScript
// (the gadget of webpack's CVE-2024-43788), `<form id="ShareCue">` shadows window.ShareCue.
// The widget still loads its parts from its own folder, sends its events to its own endpoint,
// mounts, and throws nothing into the page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './server.js'
import { controls, settle, useBrowser, waitForWidget } from './harness.js'
import { attr } from './fixtures.js'
import { clickChannel, eventsPage, openWithCollector, poll, startEventsCollector } from './pages/events-kit.js'
import { PATH, PRODUCT } from './pages/hostile-kit.js'

const h = useBrowser()

/** viber's icon is not inside the script: showing it needs a lazy chunk from the script's folder. */
const WIDGET = { id: 'share', channels: ['viber', 'telegram', 'x'], ...PRODUCT }

/** The markup of a product review that the shop lets through. */
const review = (markup) => `<section class="review"><p>Great lantern!</p>${markup}</section>`

/** The widget's script tag, after the review: the review is in the document when the script runs. */
const tag = (endpoint, src = '/dist/sharecue.js', extra = '') => `<script src="${src}" async data-endpoint="${attr(endpoint)}"${extra}></script>`

/** A page whose body holds the review and then the script tag (eventsPage's own tag is left out). */
const pageWith = (c, { body, src, extra }) => eventsPage({ endpoint: c.endpoint, widgets: [WIDGET], body: body + tag(c.endpoint, src, extra) })
  .replace(/<script src="\/dist\/sharecue\.js"[^>]*><\/script>/, '')

/** Opens the page, waits for the widget with its lazy viber icon, shares on telegram and flushes; returns the session and rows. */
const shareOn = async (t, c, html) => {
  const s = await openWithCollector(h, c, PATH, { html })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.waitForFunction(() => !!document.getElementById('share').shadowRoot.querySelector('[data-channel="viber"] svg path[d]'))
  await clickChannel(s.page, '#share', 'telegram')
  await s.page.evaluate(() => window.ShareCue.flush())
  const rows = await c.waitForRows((r) => r.some((row) => row.type === 'share_click'), { what: 'the share_click at the page\'s own endpoint' })
  // A moment for anything else the share set off (a request, a warning) to show.
  await s.page.waitForTimeout(200)
  return { s, rows }
}

/** Requests to other hosts than this machine, but the review's own image and the telegram tab the share opened. */
const foreign = (s, image) => s.offHost
  .filter((r) => !(r.url === image && r.resourceType === 'image') && !(r.url.startsWith('https://t.me/share/') && r.resourceType === 'document'))
  .map((r) => `${r.resourceType} ${r.url}`)

test('an <img name="currentScript"> in a review neither loads code from its host nor receives the events', async (t) => {
  const c = await startEventsCollector(h, t)
  const image = 'https://evil.example/x/'
  const html = pageWith(c, { body: review(`<img name="currentScript" src="${image}" data-endpoint="https://evil.example/c">`) })
  const { s, rows } = await shareOn(t, c, html)
  assert.deepEqual(foreign(s, image), [], 'nothing but the review\'s image went to another host')
  assert.ok(s.requests.some((r) => r.url === h.url('/dist/sc-icon-viber.js')), 'the viber icon came from the script\'s own folder')
  assert.ok(rows.some((row) => row.type === 'share_click' && row.channel === 'telegram'))
  assert.deepEqual(s.warnings, [])
  s.assertNoPageErrors()
})

test('a renamed script in another folder, under a review with <img name="currentScript">, loads its parts from its own folder', async (t) => {
  const c = await startEventsCollector(h, t)
  // The merchant's asset pipeline renames the file and serves the chunks beside it.
  const folder = '/assets/v7'
  h.server.route('GET', `${folder}/share-buttons.min.js`, (_req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(ROOT, 'dist/sharecue.js'))))
  for (const file of readdirSync(join(ROOT, 'dist')).filter((name) => /^sc-.*\.js$/.test(name))) {
    h.server.route('GET', `${folder}/${file}`, (_req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(ROOT, 'dist', file))))
  }
  const html = pageWith(c, { body: review('<img name="currentScript" src="/test/browser/pages/img/trail-shoe.svg">'), src: `${folder}/share-buttons.min.js` })
  const { s } = await shareOn(t, c, html)
  assert.ok(s.requests.some((r) => r.url === h.url(`${folder}/sc-icon-viber.js`)), 'the viber icon came from the renamed script\'s folder')
  assert.deepEqual(s.requests.filter((r) => r.url.includes('/dist/') || r.url.includes('/img/sc-')).map((r) => r.url), [], 'nothing from /dist/ or the image\'s folder')
  assert.deepEqual(foreign(s), [])
  s.assertNoPageErrors()
})

test('a script element that never ran (inserted as HTML) cannot lend its src to a script that has no currentScript', async (t) => {
  // Run as a module, the script has no document.currentScript; a review inserted with innerHTML
  // holds a <script src="…/sharecue/…"> that never runs but is in the document.
  const c = await startEventsCollector(h, t)
  const body = `<div id="reviews"></div>
<script>document.getElementById('reviews').innerHTML = '<script src="https://evil.example/sharecue/x.js"><\\/script>'</script>`
  const html = pageWith(c, { body, extra: ' type="module"' })
  const s = await openWithCollector(h, c, PATH, { html })
  await waitForWidget(s.page, '#share', { session: s })
  // Without its own URL the script cannot find its parts: it says so, and the rest still works.
  await poll(() => s.codes.includes('SC311'), { message: () => `SC311 among ${JSON.stringify(s.warnings)}` })
  await settle(s)
  s.assertNothingLeftLocalhost()
  assert.equal(await s.page.evaluate(() => typeof window.ShareCue.mount), 'function')
  s.assertNoPageErrors()
})

// Named access on window: these make window.ShareCue an element (or another window) before the
// script runs, where the script looks for a copy of itself or the queue stub.
const clobbers = {
  'a <form id="ShareCue"> with an input named q': '<form id="ShareCue"><input name="q" value="hi"></form>',
  'a <form id="ShareCue"> with an input named version': '<form id="ShareCue"><input name="version" value="1"></form>',
  'an <img name="ShareCue">': '<img name="ShareCue" src="/test/browser/pages/img/trail-shoe.svg">',
  'an <iframe name="ShareCue"> from another origin': '<iframe name="ShareCue" src="%COLLECTOR%/"></iframe>',
}
for (const [what, markup] of Object.entries(clobbers)) {
  test(`${what} in a review: the widget mounts, window.ShareCue is its API, events arrive`, async (t) => {
    const c = await startEventsCollector(h, t)
    const html = pageWith(c, { body: review(markup.replace('%COLLECTOR%', c.origin)) })
    const { s } = await shareOn(t, c, html)
    const api = await s.page.evaluate(() => ({ mount: typeof window.ShareCue.mount, version: typeof window.ShareCue.version }))
    assert.deepEqual(api, { mount: 'function', version: 'string' })
    assert.deepEqual(foreign(s), [])
    s.assertNoPageErrors()
  })
}

// Named access on document: an image named after a method or property of document shadows
// it. The widget reads them from Document.prototype (src/lib/dom.ts), so it mounts, shares and
// reports all the same.
for (const name of ['querySelectorAll', 'getElementsByTagName', 'createElement', 'createElementNS', 'defaultView', 'documentElement', 'readyState', 'addEventListener', 'dispatchEvent', 'baseURI']) {
  test(`an <img name="${name}"> in a review: the widget mounts and throws nothing`, async (t) => {
    const c = await startEventsCollector(h, t)
    const html = pageWith(c, { body: review(`<img name="${name}" src="/test/browser/pages/img/trail-shoe.svg">`) })
    const { s } = await shareOn(t, c, html)
    // The click's pointer brought the full widget (Preact): it takes over the painted widget too.
    await s.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/sc-app.js')))
    await s.page.locator('#share [data-channel="x"]').hover()
    await s.page.waitForTimeout(300)
    assert.ok((await controls(s.page, '#share')).length > 0, 'the controls are there after the takeover')
    s.assertNoPageErrors()
  })
}
