// A sample of the fuzz suite's random and malicious configurations (test/fuzz), rendered by the
// built dist/sharecue.js in Chromium: 50 targets on 5 pages, each page's head (JSON-LD, Open
// Graph, canonical link, title) from its first configuration. The same checks as in happy-dom,
// run inside the page, plus: no page error, no console error, no dialog, every warning coded.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { page as pageInput, attributeName } from '../fuzz/arbitraries.js'
import { inspectWidget, CODED_WARNING } from '../fuzz/inspect-widget.js'
import { ENDPOINTS } from './contract.js'
import { attr } from './fixtures.js'
import { settle, useBrowser } from './harness.js'

const h = useBrowser()
const SEED = Number(process.env.FUZZ_SEED ?? 20260601)
const PAGES = 5
const PER_PAGE = 10
const samples = fc.sample(pageInput(), { seed: SEED, numRuns: PAGES * PER_PAGE })

const text = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
/** JSON-LD stays inside its script element: `</script` and `<!--` are written as JSON escapes. */
const scriptText = (value) => value.replace(/<(\/script|!--)/gi, '\\u003c$1')

const html = (inputs) => {
  const [head] = inputs
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${text(head.documentTitle)}</title>
  ${head.jsonLd.map((json) => `<script type="application/ld+json">${scriptText(json)}</script>`).join('\n  ')}
  ${head.openGraph.map(([property, content]) => `<meta ${property.includes(':') ? 'property' : 'name'}="${attr(property)}" content="${attr(content)}">`).join('\n  ')}
  ${head.canonical === undefined ? '' : `<link rel="canonical" href="${attr(head.canonical)}">`}
  <script src="/dist/sharecue.js" async></script>
</head>
<body>
${inputs.map((input, i) => `  <div id="t${i}" data-sharecue ${Object.entries(input.attributes).map(([key, value]) => `${attributeName(key)}="${attr(value)}"`).join(' ')}></div>`).join('\n')}
</body>
</html>`
}

for (let p = 0; p < PAGES; p++) {
  const inputs = samples.slice(p * PER_PAGE, (p + 1) * PER_PAGE)
  test(`fuzz sample ${p + 1}/${PAGES} (seed ${SEED}): ${PER_PAGE} random targets render safely in Chromium`, async () => {
    const s = await h.open(`/inline/fuzz-${p}.html`, { html: html(inputs) })
    // Every target mounts (some show no control: every channel they asked for was junk).
    await s.page.waitForFunction((n) => [...Array(n).keys()].every((i) => document.getElementById(`t${i}`)?.shadowRoot?.querySelector('[role="group"]')), PER_PAGE)
      .catch(() => assert.fail(`not every target mounted; page errors: ${s.errors.map(String).join(' | ')}`))
    // Lazily loaded parts (icons, locales, warning texts) arrive before the checks.
    await settle(s)
    await s.page.waitForTimeout(200)
    const { problems, controls } = await s.page.evaluate(([source, endpoints, n]) => {
      // eslint-disable-next-line no-eval
      const inspect = (0, eval)('(' + source + ')')
      const out = []
      for (let i = 0; i < n; i++) out.push(...inspect(document.getElementById(`t${i}`).shadowRoot, endpoints).map((problem) => `#t${i}: ${problem}`))
      if (document.querySelector('[onerror], script:not([src]):not([type="application/ld+json"])')) out.push('the light DOM gained an element from page data')
      const controls = [...Array(n).keys()].map((i) => document.getElementById(`t${i}`).shadowRoot.querySelectorAll('[data-channel]').length)
      return { problems: out, controls }
    }, [inspectWidget.toString(), ENDPOINTS, PER_PAGE])
    const failed = problems.length ? `\nconfigurations: ${JSON.stringify(inputs).slice(0, 2000)}` : ''
    assert.deepEqual(problems, [], failed)
    // The sample is worth its time: most random targets still show controls to check.
    assert.ok(controls.filter(Boolean).length >= PER_PAGE / 2, `controls per target: ${controls}`)
    s.assertNoPageErrors()
    assert.deepEqual(s.dialogs, [], 'a dialog opened (alert from page data)')
    // Resources the page data names (a relative image that is not there, an image on another
    // host, stopped by the test) fail to load: that is the browser reporting the page's data,
    // not an error of the widget's code.
    const errors = s.console.filter((m) => m.type === 'error' && !/^Failed to load resource/.test(m.text))
    assert.deepEqual(errors.map((m) => m.text), [])
    const uncoded = s.console.filter((m) => m.type === 'warning' && m.text.startsWith('[sharecue]') && !CODED_WARNING.test(m.text))
    assert.deepEqual(uncoded.map((m) => m.text), [])
    const stray = s.console.filter((m) => m.type === 'warning' && !m.text.startsWith('[sharecue]'))
    assert.deepEqual(stray.map((m) => m.text), [], 'warnings that are not the widget\'s coded ones')
  })
}
