// "Ask my friends" in the icons and pills layouts, whose controls take their channel's brand
// colours: the Ask button and the panel's controls have no brand, and must still show against
// what is really behind them (WCAG 2.2 1.4.3 text 4.5:1, 1.4.11 icons 3:1), computed from the
// colours Chromium paints. The default theme (auto) follows the shopper's colour scheme, not
// the page's: a dark widget on a light shop page, a light one on a dark page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { productHtml } from './fixtures.js'
import { useBrowser, waitForWidget } from './harness.js'
import { contrast } from './contrast.js'

const h = useBrowser()

for (const layout of ['icons', 'pills']) {
  for (const [scheme, page] of [['dark', '#ffffff'], ['light', '#202124']]) {
    test(`${layout}, theme auto, ${scheme} scheme on a ${page} page: the Ask button's words and the panel's icons show`, async () => {
      const html = productHtml({ channels: 'whatsapp,x,copy', attributes: `data-layout="${layout}" data-ask="true"`, stylesheet: '' })
        .replace('</head>', `<style>html,body{background:${page}}</style></head>`)
      const s = await h.open(`/inline/ask-contrast-${layout}-${scheme}.html`, { html, contextOptions: { colorScheme: scheme } })
      await waitForWidget(s.page, '#share', { session: s })
      await s.page.locator('#share [data-part=ask]').click()
      await s.page.locator('#share #sc-ask [data-ask-channel] svg path').first().waitFor()
      const parts = await s.page.evaluate(() => {
        /** The first painted background behind `el`, through the shadow root to the page. */
        const behind = (el) => {
          for (let at = el; at; at = at.parentElement ?? at.getRootNode().host) {
            const bg = getComputedStyle(at).backgroundColor
            if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg
          }
          return 'rgb(255, 255, 255)'
        }
        const root = document.getElementById('share').shadowRoot
        return [
          ...[...root.querySelectorAll('[data-part=ask]')].map((el) => ({ what: 'Ask button', need: 4.5, colour: getComputedStyle(el).color, background: behind(el) })),
          ...[...root.querySelectorAll('#sc-ask [data-ask-channel] svg')].map((svg) => ({ what: svg.parentElement.dataset.askChannel, need: 3, colour: getComputedStyle(svg).color, background: behind(svg) })),
        ]
      })
      assert.ok(parts.length >= 3, JSON.stringify(parts))
      const faint = parts.map((p) => ({ ...p, ratio: +contrast(p.colour, p.background).toFixed(2) })).filter((p) => p.ratio < p.need)
      assert.deepEqual(faint, [])
    })
  }
}
