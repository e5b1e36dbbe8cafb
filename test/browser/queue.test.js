// The README's queue snippet: calls made before the async script has loaded are replayed once it arrives.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkHref } from './contract.js'
import { LANTERN_URL, attr } from './fixtures.js'
import { controls, settle, useBrowser, waitForWidget } from './harness.js'
import { ROOT } from './server.js'

const h = useBrowser()
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version

/** The one line README.md tells merchants to put before the script tag, verbatim. */
const SNIPPET = "window.ShareCue=window.ShareCue||{q:[]};['mount','configure','on','consent','flush','purchase'].forEach(function(m){ShareCue[m]=ShareCue[m]||function(){ShareCue.q.push([m,arguments])}})"

// The script tag comes last, after the calls, so the calls are certain to meet the stub
// (an async script from localhost could otherwise run before the parser reaches them).
const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Field Lantern | Shop Example</title>
  <link rel="stylesheet" href="/test/browser/pages/shop.css">
  <script>${SNIPPET}</script>
</head>
<body>
  <main>
    <h1>Field Lantern</h1>
    <div id="late" class="share" data-url="${attr(LANTERN_URL)}" data-title="Field Lantern"></div>
    <script>
      ShareCue.configure({ campaign: 'queued' })
      ShareCue.mount(document.querySelector('#late'), { channels: ['telegram'] })
      window.__beforeLoad = { queued: ShareCue.q.map(function (call) { return call[0] }), version: ShareCue.version === undefined ? null : ShareCue.version }
    </script>
  </main>
  <script src="/dist/sharecue.js" async></script>
</body>
</html>`

test('calls queued through the README snippet before the async script loads are replayed: #late becomes a telegram widget sharing with utm_campaign=queued', async () => {
  const s = await h.open('/inline/queue.html', { html })
  await waitForWidget(s.page, '#late', { session: s })

  // The calls really went through the stub, not through the loaded API.
  assert.deepEqual(await s.page.evaluate(() => window.__beforeLoad), { queued: ['configure', 'mount'], version: null })

  const list = await controls(s.page, '#late')
  assert.deepEqual(list.map((c) => c.channel), ['telegram'])
  assert.equal(list[0].tag, 'a')
  assert.deepEqual(checkHref(list[0].href, 'telegram', { product: LANTERN_URL, campaign: 'queued' }), [])
  assert.equal(new URL(new URL(list[0].href).searchParams.get('url')).searchParams.get('utm_campaign'), 'queued')
  await settle(s) // warning texts load lazily
  s.assertNoPageErrors()
  assert.deepEqual(s.warnings, [])
  s.assertNothingLeftLocalhost()
})

test('after load window.ShareCue is the real API, not the stub: version is the package version and the queue is gone', async () => {
  const s = await h.open('/inline/queue.html', { html })
  await waitForWidget(s.page, '#late', { session: s })
  const api = await s.page.evaluate(() => ({
    version: window.ShareCue.version,
    q: 'q' in window.ShareCue,
    channels: Array.isArray(window.ShareCue.channels),
    shareUrl: typeof window.ShareCue.shareUrl,
  }))
  assert.deepEqual(api, { version: VERSION, q: false, channels: true, shareUrl: 'function' })
  s.assertNoPageErrors()
})
