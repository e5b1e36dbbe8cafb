// Private by default: without data-endpoint, no network at all (CONTRACT §2): nothing leaves
// the local server on load, and no event is POSTed or beaconed anywhere.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { BAD_INPUT_PATH, badInputHtml } from './fixtures.js'
import { settle, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()

const PAGES = [
  { path: '/test/browser/pages/json-ld.html', targets: ['#share'] },
  { path: '/test/browser/pages/open-graph.html', targets: ['#share'] },
  { path: '/test/browser/pages/attributes.html', targets: ['#share'] },
  { path: '/test/browser/pages/later.html', targets: ['#later-1'] },
  { path: '/test/browser/pages/twice.html', targets: ['#first', '#second'] },
  { path: BAD_INPUT_PATH, targets: ['#bad'], html: badInputHtml() },
]

/** What the local server may be asked for: the page, its own assets, sharecue's files, the favicon. */
const allowed = (pathname, pagePath) =>
  pathname === pagePath || pathname.startsWith('/dist/') || pathname.startsWith('/test/browser/pages/') || pathname === '/favicon.ico'

const assertQuiet = (s, pagePath) => {
  s.assertNothingLeftLocalhost()
  assert.deepEqual(s.requests.filter((r) => r.method !== 'GET' || r.resourceType === 'ping').map((r) => `${r.method} ${r.url} (${r.resourceType})`), [],
    'no event request without an endpoint')
  assert.deepEqual(h.server.requests.filter((r) => r.method !== 'GET' || !allowed(r.pathname, pagePath)).map((r) => `${r.method} ${r.path}`), [],
    'the local server saw only page and /dist/ requests')
}

for (const { path, targets, html } of PAGES) {
  test(`on load, ${path.split('/').pop()} asks nothing of any host but the local server and sends no event`, async () => {
    const s = await h.open(path, { html })
    for (const target of targets) {
      await s.page.waitForSelector(target, { state: 'attached' })
      await waitForWidget(s.page, target, { session: s })
    }
    // In view for a while: a widget_view is made, and must still not be sent anywhere.
    await s.page.locator(targets[0]).scrollIntoViewIfNeeded()
    await s.page.waitForTimeout(500)
    await settle(s)
    assertQuiet(s, path)
    s.assertNoPageErrors()
  })
}

test('a share click without an endpoint sends nothing either', async () => {
  const path = '/test/browser/pages/json-ld.html'
  const s = await h.open(path, { permissions: ['clipboard-read', 'clipboard-write'] })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share [data-channel="copy"]').click()
  await s.page.waitForTimeout(500)
  await settle(s)
  assertQuiet(s, path)
  const stored = await s.page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookies: document.cookie }))
  assert.deepEqual(stored, { local: 0, session: 0, cookies: '' }, 'nothing stored without an endpoint')
  s.assertNoPageErrors()
})
