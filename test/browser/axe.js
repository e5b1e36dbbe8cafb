/**
 * axe-core in the page under test, at WCAG 2.2 AA. axe 4 walks open shadow roots, so the
 * widget's own markup is checked, not only its host element.
 *
 *   import { checkA11y } from './axe.js'
 *   const violations = await checkA11y(s.page, { include: ['#share'] })
 *   assert.deepEqual(violations, [])   // each a readable line: rule, impact, target, summary
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** The success criteria the widget promises: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Runs axe in `page` and returns its violations as readable lines, `[]` when there are none.
 * `include`: CSS selectors of the parts to check (default: the whole document); a widget's
 * host selector covers its shadow root. `exclude`: parts to leave out. `rules`: axe rule
 * options, e.g. `{ 'color-contrast': { enabled: false } }` (give the reason where used).
 */
export const checkA11y = async (page, { include, exclude, rules } = {}) => {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: AXE_SOURCE })
  const results = await page.evaluate(async ([context, options]) => {
    const r = await window.axe.run(context ?? document, options)
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary, html: n.html })),
    }))
  }, [
    include || exclude ? { include: (include ?? ['html']).map((s) => [s]), exclude: (exclude ?? []).map((s) => [s]) } : null,
    { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'], ...(rules ? { rules } : {}) },
  ])
  return results.flatMap((v) => v.nodes.map((n) =>
    `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}\n    ${String(n.summary).replace(/\n/g, ' ')}`))
}
