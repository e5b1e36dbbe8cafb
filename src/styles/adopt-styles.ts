import { make, viewOf } from '../lib/dom'

const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>()

/**
 * Gives a shadow root a stylesheet: one constructed sheet per document and text, shared by
 * every widget (adopted sheets are not inline styles, so a strict `style-src` CSP allows
 * them). Browsers without constructable stylesheets get a `<style>` element.
 */
export const adoptStyles = (root: ShadowRoot, css: string): void => {
  const doc = root.ownerDocument
  const Sheet = viewOf(doc)?.CSSStyleSheet
  if (Sheet && 'replaceSync' in Sheet.prototype && root.adoptedStyleSheets) {
    const known = sheets.get(doc) ?? new Map<string, CSSStyleSheet>()
    sheets.set(doc, known)
    let sheet = known.get(css)
    if (!sheet) {
      known.set(css, (sheet = new Sheet()))
      sheet.replaceSync(css)
    }
    if (root.adoptedStyleSheets.indexOf(sheet) < 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
  } else {
    root.appendChild(make(doc, 'style')).textContent = css
  }
}
