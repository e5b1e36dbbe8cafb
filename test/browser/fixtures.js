/** Pages built inline by several browser tests. */
import { readFileSync } from 'node:fs'

/** Escapes a string for a double-quoted HTML attribute. */
export const attr = (value) => String(value)
  .replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A 10,000-character title with markup in it, which must stay text. */
export const LONG_TITLE = ('<img src=x onerror=alert(1)> Trail shoe ' + 'with an absurdly long product name '.repeat(400)).slice(0, 10_000)

export const BAD_INPUT_PATH = '/inline/bad-input.html'

/**
 * A whole page around `body`, loading the widget's script from the head (unless `script` is
 * false, for a page that places it itself).
 */
export const pageHtml = ({ title = 'Field Lantern | Shop Example', stylesheet = '/test/browser/pages/shop.css', head = '', body, script = true }) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title}</title>
  ${stylesheet ? `<link rel="stylesheet" href="${stylesheet}">` : ''}
  ${head}
  ${script ? '<script src="/dist/sharecue.js" async></script>' : ''}
</head>
<body>
  <main>
${body}
  </main>
</body>
</html>`

/** Every kind of bad input at once; no other product data on the page (so the URL falls back to location.href). */
export const badInputHtml = () => pageHtml({
  title: 'Bad input | Shop Example',
  stylesheet: '',
  body: `    <h1>A page with careless data</h1>
    <div id="bad" data-sharecue
         data-channels="facebook,nope,x"
         data-url="javascript:alert(1)"
         data-price="abc"
         data-title="${attr(LONG_TITLE)}"></div>`,
})

/** A small product page with one target; `channels` and extra attributes vary per test. */
export const productHtml = ({ channels, attributes = '', before = '', after = '', stylesheet, text = true }) => pageHtml({
  stylesheet,
  body: `    <h1>Field Lantern</h1>
    <p class="price">€39.00</p>
    ${before}
    <div id="share" class="share" data-sharecue
         data-url="https://shop.example/p/field-lantern?finish=brass"
         data-title="Field Lantern"
         ${text ? 'data-text="A rechargeable lantern for camping"' : ''}
         data-channels="${attr(channels)}" ${attributes}></div>
    ${after}`,
})

export const LANTERN_URL = 'https://shop.example/p/field-lantern?finish=brass'

/** The README's queue stub, verbatim (calls made before the async script has loaded): its inline script's code. */
export const README_STUB = /```html\n<script>(window\.ShareCue=[^]*?)<\/script>\n```/.exec(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'))?.[1]
