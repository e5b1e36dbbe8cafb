// Merchant pages with strict or unusual browser policies: Cross-Origin-Embedder-Policy and
// Trusted Types. The widget renders what the policy lets through, never a broken part, and
// ShareCue.check() runs or says why not.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { inShadow, settle, useBrowser, waitForWidget } from './harness.js'
import { productHtml } from './fixtures.js'

const h = useBrowser()

/** Runs before any page script (through DevTools, so the policy does not apply to it). */
const recordViolations = () => {
  window.__violations = []
  document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.effectiveDirective} ${event.blockedURI}`), true)
}

test('under Cross-Origin-Embedder-Policy: require-corp, a card photo from a CDN without Cross-Origin-Resource-Policy is left out of the card, not shown as a broken image', async () => {
  // The CDN is this test's own server under another name: let it through.
  const cdn = `http://localhost:${h.server.port}`
  const photo = `${cdn}/test/browser/pages/img/beanie.svg`
  const html = productHtml({ channels: 'copy,x', attributes: `data-card="true" data-price="39" data-currency="EUR" data-image="${photo}"` })
  h.server.page('/coep/card.html', html, { 'cross-origin-embedder-policy': 'require-corp', 'cross-origin-opener-policy': 'same-origin' })
  const s = await h.open('/coep/blank.html', { html: '<!doctype html><title>blank</title>' })
  await s.context.route(`${cdn}/**`, (route) => route.continue())
  await s.page.goto(h.url('/coep/card.html'))
  await waitForWidget(s.page, '#share', { session: s, card: true })
  // The browser asked for the photo and refused it (COEP), so it has no pixels.
  await s.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/beanie.svg')))
  await settle(s)
  assert.equal(await s.page.evaluate(() => window.crossOriginIsolated), true, 'the page is cross-origin isolated')
  const card = await inShadow(s.page, '#share', (root) => {
    const el = root.querySelector('[data-part="card"]')
    const img = el.querySelector('img')
    return {
      photo: img ? { loaded: img.naturalWidth > 0, width: img.getBoundingClientRect().width } : null,
      title: el.querySelector('.ct')?.textContent,
      price: el.querySelector('[data-part="price"]')?.textContent,
    }
  })
  assert.ok(!card.photo || card.photo.loaded || card.photo.width === 0, `a photo that did not load takes no room: ${JSON.stringify(card.photo)}`)
  assert.equal(card.title, 'Field Lantern')
  assert.match(card.price, /39/)
  s.assertNoPageErrors()
})
