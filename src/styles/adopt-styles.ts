import { registry } from '../channels/registry'
import { brandColors } from './brand-colors'
import { widgetCss } from './widget-css'

const sheets = new WeakMap<Document, CSSStyleSheet>()

/** The whole stylesheet: the widget's rules and one brand-colour rule per channel. */
const css = (): string => {
  let out = widgetCss
  for (const channel of Object.values(registry)) {
    const [background, text] = brandColors(channel.color)
    out += `[data-channel=${channel.id}]{--b:${background};--f:${text}}`
  }
  return out
}

/**
 * Gives a shadow root the widget's styles: one constructed stylesheet per document, shared by
 * every widget (adoptedStyleSheets are not inline styles, so a strict `style-src` CSP allows
 * them). Browsers without constructable stylesheets get a `<style>` element.
 */
export const adoptStyles = (root: ShadowRoot): void => {
  const doc = root.ownerDocument
  const win = doc.defaultView as (Window & typeof globalThis) | null
  if (win && 'adoptedStyleSheets' in root && win.CSSStyleSheet && 'replaceSync' in win.CSSStyleSheet.prototype) {
    let sheet = sheets.get(doc)
    if (!sheet) {
      sheet = new win.CSSStyleSheet()
      sheet.replaceSync(css())
      sheets.set(doc, sheet)
    }
    root.adoptedStyleSheets = [sheet]
  } else {
    const style = doc.createElement('style')
    style.textContent = css()
    root.prepend(style)
  }
}
