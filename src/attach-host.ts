import type { Warn } from './lib/warn'
import { make } from './lib/dom'

/**
 * Gives the target an open shadow root. Elements that cannot hold one (`<a>`, `<ul>`, an
 * element whose shadow root someone else took) get a `<span>` child that can.
 */
export const attachHost = (target: Element, warn: Warn): ShadowRoot => {
  try {
    return target.attachShadow({ mode: 'open' })
  } catch {
    warn('SC202', target.localName)
    const child = make(target.ownerDocument, 'span')
    child.setAttribute('data-sharecue-host', '')
    target.appendChild(child)
    return child.attachShadow({ mode: 'open' })
  }
}
