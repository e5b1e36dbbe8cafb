import { finding, type Finding } from './finding'

/** How a target is named in the finding: its id, else its tag and first class, else its place among the targets. */
const nameOf = (el: Element, n: number): string =>
  el.id ? '#' + el.id : el.classList[0] ? `${el.localName}.${el.classList[0]}` : `widget ${n + 1}`

/**
 * Whether the page reserves the height of each widget it shows: a target whose painted widget
 * is taller than its `min-height` pushes what is below it down when the buttons are painted (a
 * layout shift, which Core Web Vitals count against the page: six labelled buttons wrap to a
 * second row on a narrow column, round icons in a product tile). Measured at this window's width.
 *
 * @example checkSpace(document).fix // 'In the page's CSS, give each target the min-height it needs at this width: #share { min-height: 88px }.'
 */
export const checkSpace = (doc: Document): Finding => {
  const view = doc.defaultView
  const short: string[] = []
  let painted = 0
  for (const [n, el] of Array.from(doc.querySelectorAll('[data-sharecue],share-cue')).entries()) {
    const height = Math.ceil(el.getBoundingClientRect().height)
    // Not painted (yet), or not shown: nothing moves.
    if (!el.shadowRoot?.firstElementChild || !height || !view) continue
    painted++
    const style = view.getComputedStyle(el)
    // Out of the flow, it moves nothing.
    if (/absolute|fixed/.test(style.position)) continue
    const reserved = parseFloat(style.minHeight) || 0
    if (height > reserved + 1) short.push(`${nameOf(el, n)} { min-height: ${height}px }`)
  }
  return short.length
    ? finding('space', 'warning', `${short.length} of ${painted} widgets are taller than their reserved height: what is below moves when they are painted (a layout shift).`,
      `In the page's CSS, give each target the min-height it needs at this width: ${short.join(', ')}.`)
    : finding('space', 'ok', `Every painted widget fits its reserved height (${painted}).`)
}
