// Text the widget shows outside its controls (the Mastodon field's error, the ask panel's note,
// what friends answered) against what is really behind it, computed from the colours Chromium
// paints (WCAG 2.2 1.4.3, 4.5:1). The default theme (auto) follows the shopper's colour scheme,
// not the page's: a dark widget on a light shop page, a light one on a dark page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { productHtml } from './fixtures.js'
import { useBrowser, waitForWidget } from './harness.js'
import { contrast } from './contrast.js'

const h = useBrowser()
const SCID = 'abcdefghijklmnopqrstu'
const URL_ = 'https://shop.example/p/field-lantern?finish=brass'

for (const [scheme, page] of [['dark', '#ffffff'], ['light', '#202124']]) {
  test(`theme auto, ${scheme} scheme on a ${page} page: the Mastodon error, the ask note and the answers are readable (4.5:1)`, async () => {
    h.server.route('POST', '/events', (_req, res) => { res.writeHead(204); res.end() })
    h.server.page('/replies', JSON.stringify({ replies: { [SCID]: { yes: 2, maybe: 1 } } }), { 'content-type': 'application/json' })
    const html = productHtml({ channels: 'mastodon,whatsapp,copy', attributes: 'data-ask="true"', stylesheet: '' })
      .replace('<script src="/dist/sharecue.js" async>', '<script src="/dist/sharecue.js" data-endpoint="/events" async>')
      .replace('</head>', `<style>html,body{background:${page}}</style></head>`)
    // This browser asked its friends about the product earlier.
    const asked = `localStorage.setItem('sharecue:asks', JSON.stringify([{ i: '${SCID}', u: '${URL_}', t: Date.now() - 60000 }]))`
    const s = await h.open(`/inline/loose-text-${scheme}.html`, { html, initScript: asked, contextOptions: { colorScheme: scheme } })
    await waitForWidget(s.page, '#share', { session: s })
    const share = s.page.locator('#share')
    await share.locator('[data-channel=mastodon]').click()
    await share.locator('input[name=host]').fill('not a host')
    await share.locator('input[name=host]').press('Enter')
    await share.locator('#sc-mi').waitFor()
    await share.locator('[data-part=ask]').click()
    await share.locator('#sc-ask .mi').waitFor()
    await share.locator('[data-part=answers]').waitFor()
    const texts = await s.page.evaluate(() => {
      /** The first painted background behind `el`, through the shadow root to the page. */
      const behind = (el) => {
        for (let at = el; at; at = at.parentElement ?? at.getRootNode().host) {
          const bg = getComputedStyle(at).backgroundColor
          if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg
        }
        return 'rgb(255, 255, 255)'
      }
      const root = document.getElementById('share').shadowRoot
      return [...root.querySelectorAll('#sc-mi, #sc-ask .mi, [data-part=answers]')]
        .map((el) => ({ text: el.textContent.slice(0, 30), colour: getComputedStyle(el).color, background: behind(el) }))
    })
    assert.equal(texts.length, 3)
    const faint = texts.map((t) => ({ ...t, ratio: +contrast(t.colour, t.background).toFixed(2) })).filter((t) => t.ratio < 4.5)
    assert.deepEqual(faint, [])
  })
}
