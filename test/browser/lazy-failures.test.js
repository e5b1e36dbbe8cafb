// When a lazily loaded part cannot load (a copy without its sc-*.js files, a CDN without CORS,
// a stale hashed chunk in a bundled app), the widget tries each part at most 3 times in the page
// view, with growing gaps, says so once, and renders what it can meanwhile: English where its
// locale is missing, a neutral glyph where an icon is missing, every event kept for a later page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, rmSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './server.js'
import { anyTry, controls, sleep, useBrowser, waitForWidget } from './harness.js'
import { CHANNELS, pageWith } from './lazy-page.js'

const h = useBrowser()
const script = readFileSync(join(ROOT, 'dist/sharecue.js'))

/** How long a test watches the requests: past the last retry (1 s + 4 s after the first try). */
const WATCH_MS = 10_000

/** The requests for each lazy file, by file name. */
const byChunk = (paths) => {
  const counts = {}
  for (const path of paths) {
    const name = /\/(sc-[\w.-]+\.js)$/.exec(path)?.[1]
    if (name) counts[name] = (counts[name] ?? 0) + 1
  }
  return counts
}

/** What each control shows: a drawn icon, a fallback glyph, or nothing at all. */
const faces = (page) => page.evaluate(() => [...document.querySelector('#share').shadowRoot.querySelectorAll('[data-channel]')]
  .map((el) => ({
    channel: el.getAttribute('data-channel'),
    path: !!el.querySelector('svg path[d]'),
    glyph: el.querySelector('svg text')?.textContent ?? '',
    text: el.textContent.trim(),
  })))

/** Clicks WeChat, so the dialog's and the QR code's parts are asked for too. */
const askForDialog = async (page) => {
  await page.evaluate(() => document.querySelector('#share').shadowRoot.querySelector('[data-channel="wechat"]').click())
}

const assertRendersWhatItCan = async (s) => {
  const list = await controls(s.page, '#share')
  assert.deepEqual(list.map((c) => c.channel), ['telegram', 'linkedin', 'whatsapp', 'x', 'copy', 'wechat', 'image'])
  for (const control of list) assert.ok(control.name.length > 2, `${control.channel} has an accessible name: ${JSON.stringify(control.name)}`)
  // The German table could not load: English, from inside the script.
  assert.match(list[0].name, /Share on Telegram/)
  for (const face of await faces(s.page)) {
    assert.ok(face.path || face.glyph, `${face.channel} shows an icon or a glyph, not an empty square: ${JSON.stringify(face)}`)
  }
}

test('a script tag whose sc-*.js files were deleted tries each at most 3 times in 10 s, warns once per part and still renders every button', async () => {
  h.server.route('GET', '/gone/sharecue.js', (_req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(script))
  h.server.route('POST', '/events', (_req, res) => res.writeHead(204).end())
  const s = await h.open('/gone/page.html', { html: pageWith('/gone/sharecue.js') })
  await waitForWidget(s.page, '#share', { session: s })
  await askForDialog(s.page)
  const start = performance.now()
  await sleep(WATCH_MS)

  const chunks = s.server.requests.filter((r) => r.pathname.startsWith('/gone/sc-'))
  const counts = byChunk(chunks.map((r) => r.pathname))
  assert.ok(Object.keys(counts).length >= 5, `several parts were asked for: ${JSON.stringify(counts)}`)
  for (const [name, count] of Object.entries(counts)) assert.ok(count <= 3, `${name} was requested ${count} times`)
  // The locale was tried 3 times, with growing gaps; nothing was asked for in the last seconds.
  const locale = chunks.filter((r) => r.pathname.endsWith('/sc-locale-de.js')).map((r) => r.time)
  assert.equal(locale.length, 3, 'the locale was tried 3 times')
  assert.ok(locale[1] - locale[0] >= 800 && locale[2] - locale[1] >= 3000, `gaps grow: ${locale[1] - locale[0]} ms, ${locale[2] - locale[1]} ms`)
  assert.ok(chunks.every((r) => r.time < start + WATCH_MS - 2000), 'no request in the last 2 s: given up')

  await assertRendersWhatItCan(s)
  const given = s.warnings.filter((text) => text.startsWith('[sharecue] SC305'))
  assert.equal(given.length, new Set(given).size, `each part's warning once: ${given.join(' | ')}`)
  assert.ok(given.length >= 1 && given.length <= Object.keys(counts).length, `one warning per part given up: ${given.join(' | ')}`)
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('a script tag given a CDN\'s bare package URL (unpkg.com/sharecue@<version>, no file name) finds its lazy parts in the package\'s dist/ folder', async () => {
  // unpkg and jsDelivr serve dist/sharecue.js (package.json's unpkg and jsdelivr fields) at the
  // bare URL itself or through a redirect the script cannot see: its parts are in dist/ below it.
  const bare = '/npm/sharecue@0.1.0'
  h.server.route('GET', bare, (_req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(script))
  const s = await h.open('/bare/page.html', { html: pageWith(`${bare}?v=1`, { endpoint: '' }) })
  const asked = []
  await s.context.route(`**${bare}/dist/*`, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()
    asked.push(name)
    return route.fulfill({ path: join(ROOT, 'dist', name), headers: { 'content-type': 'text/javascript' } })
  })
  await s.page.reload()
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.hover('#share')
  await s.page.waitForFunction(() => /Über Telegram teilen/.test(document.querySelector('#share').shadowRoot.innerHTML), null, { timeout: 10_000 })
  await askForDialog(s.page)
  await s.page.waitForFunction(() => !!document.querySelector('#share').shadowRoot.querySelector('[role="dialog"], dialog'), null, { timeout: 10_000 })
  assert.ok(asked.includes('sc-locale-de.js') && asked.includes('sc-app.js'), `the parts came from dist/: ${asked.join(', ')}`)
  assert.deepEqual(s.server.requests.filter((r) => /\/npm\/sc-/.test(r.pathname)).map((r) => r.pathname), [], 'nothing asked for beside the package URL')
  assert.deepEqual(s.warnings.filter((text) => text.startsWith('[sharecue] SC305')), [])
  s.assertNoPageErrors()
})

test('chunks on a second origin without Access-Control-Allow-Origin are requested at most 3 times each and the buttons are there', async () => {
  const cdn = `http://localhost:${h.server.port}`
  h.server.route('POST', '/events', (_req, res) => res.writeHead(204).end())
  const s = await h.open('/cdn/page.html', { html: pageWith(`${cdn}/dist/sharecue.js`) })
  // The second origin is this test's own server under another name: let it through.
  await s.context.route(`${cdn}/**`, (route) => route.continue())
  await s.page.reload()
  await waitForWidget(s.page, '#share', { session: s })
  await askForDialog(s.page)
  await sleep(WATCH_MS)

  const fromCdn = s.server.requests.filter((r) => String(r.headers.host).startsWith('localhost') && r.pathname.startsWith('/dist/sc-'))
  const counts = byChunk(fromCdn.map((r) => r.pathname))
  assert.ok(counts['sc-locale-de.js'] >= 1, `the locale was asked for from the CDN: ${JSON.stringify(counts)}`)
  for (const [name, count] of Object.entries(counts)) assert.ok(count <= 3, `${name} was requested ${count} times`)
  await assertRendersWhatItCan(s)
  s.assertNoPageErrors()
})

test('a bundled app whose hashed chunks were deleted after the build asks for each at most 3 times and keeps its buttons', async () => {
  const { build } = await import('esbuild')
  const dir = join(ROOT, '.tmp/app-deleted-chunk')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'main.js'), `import { mount } from ${JSON.stringify(join(ROOT, 'dist/sharecue.mjs'))}
mount(document.querySelector('#share'), { locale: 'de', channels: ${JSON.stringify(CHANNELS.split(','))} })`)
  await build({ entryPoints: [join(dir, 'main.js')], bundle: true, splitting: true, format: 'esm', outdir: join(dir, 'out'), entryNames: 'app', chunkNames: 'chunk-[hash]', logLevel: 'silent' })
  // A stale deploy: the chunks with the German table and the Telegram icon are gone.
  const deleted = readdirSync(join(dir, 'out')).filter((name) => {
    const text = readFileSync(join(dir, 'out', name), 'utf8')
    return name.startsWith('chunk-') && (text.includes('Link kopieren') || text.startsWith('var ') && text.includes('m11.9 0A12'))
  })
  assert.ok(deleted.length >= 1, 'the build split off the locale and icon chunks')
  for (const name of deleted) rmSync(join(dir, 'out', name))
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title>
<script type="module" src="out/app.js"></script></head><body><main><div id="share" data-url="https://shop.example/p/field-lantern" data-title="Field Lantern"></div></main></body></html>`)

  const s = await h.open('/.tmp/app-deleted-chunk/index.html')
  // An app has no window.ShareCue: wait for the controls themselves.
  await s.page.waitForFunction(() => document.querySelector('#share').shadowRoot?.querySelector('[data-channel]'))
  await sleep(WATCH_MS)
  const counts = {}
  for (const r of s.server.requests) {
    const name = /\/out\/(chunk-[\w-]+\.js)$/.exec(r.pathname)?.[1]
    if (name) counts[name] = (counts[name] ?? 0) + 1
  }
  for (const name of deleted) assert.ok(counts[name] >= 1 && counts[name] <= 3, `${name} (deleted) was requested ${counts[name]} times`)
  const list = await controls(s.page, '#share')
  assert.equal(list.length, 7)
  assert.match(list[0].name, /Share on Telegram/)
  for (const face of await faces(s.page)) assert.ok(face.path || face.glyph, `${face.channel} is not empty`)
  s.assertNoPageErrors()
})

test('a locale that fails once shows English at once and switches to German when a retry brings it', async () => {
  let asked = 0
  // The retry's answer waits until the test has seen the English widget: a slow machine cannot race it.
  let release
  const seenEnglish = new Promise((done) => { release = done })
  // The route is in place before the page that asks for the table loads.
  const s = await h.open('/locale-late/blank.html', { html: '<!doctype html><title>blank</title>' })
  h.server.page('/locale-late/page.html', pageWith('/dist/sharecue.js', { endpoint: '' }))
  await s.context.route(anyTry('/sc-locale-de.js'), async (route) => {
    if (++asked === 1) return route.fulfill({ status: 503, body: '' })
    await seenEnglish
    return route.continue()
  })
  await s.page.goto(h.url('/locale-late/page.html'))
  await waitForWidget(s.page, '#share', { session: s })
  assert.match((await controls(s.page, '#share'))[0].name, /Share on Telegram/)
  release()
  await s.page.waitForFunction(() => /Über Telegram teilen/.test(document.querySelector('#share').shadowRoot.querySelector('[data-channel="telegram"]').getAttribute('aria-label'))
    && document.querySelector('#share').shadowRoot.querySelector('[lang]').getAttribute('lang') === 'de', null, { timeout: 4000 })
  assert.equal(asked, 2, 'one retry brought the table')
  s.assertNoPageErrors()
})

test('an icon whose request never gets an answer holds back no other icon: those that arrived are drawn within about a second, and after 10 s it counts as failed and shows its glyph', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Field Lantern | Shop Example</title>
<script src="/dist/sharecue.js" async></script></head><body><main><h1>Field Lantern</h1>
<div id="share" data-sharecue data-url="https://shop.example/p/field-lantern" data-title="Field Lantern" data-channels="reddit,tumblr,x"></div>
</main></body></html>`
  const s = await h.open('/stalled/blank.html', { html: '<!doctype html><title>blank</title>' })
  // A stalled CDN: the request for one icon stays open and is never answered.
  await s.context.route('**/dist/sc-icon-reddit.js', () => { /* no answer */ })
  h.server.page('/stalled/page.html', html)
  const start = performance.now()
  await s.page.goto(h.url('/stalled/page.html'))
  await waitForWidget(s.page, '#share', { session: s })
  const drawn = (selector) => s.page.waitForFunction((sel) => !!document.querySelector('#share').shadowRoot.querySelector(sel), selector, { timeout: 15_000 })
    .catch(async () => { throw new assert.AssertionError({ message: `no ${selector} after ${Math.round(performance.now() - start)} ms: ${JSON.stringify(await faces(s.page))}` }) })
  await drawn('[data-channel="tumblr"] svg path[d]')
  const tumblrAt = performance.now() - start
  assert.ok(tumblrAt < 6000, `Tumblr's icon was drawn without waiting for the stalled one (${Math.round(tumblrAt)} ms)`)
  await drawn('[data-channel="reddit"] svg text')
  const glyphAt = performance.now() - start
  assert.ok(glyphAt >= 9000, `the stalled icon counted as failed after its 10 s time-out, not before (${Math.round(glyphAt)} ms)`)
  const shown = await faces(s.page)
  assert.deepEqual(shown.map((f) => [f.channel, f.path, f.glyph]), [['reddit', false, 'R'], ['tumblr', true, ''], ['x', true, '']])
  s.assertNoPageErrors()
})
