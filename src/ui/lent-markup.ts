import type { Options, VNode } from 'preact'

const key = 'dangerouslySetInnerHTML'

/**
 * Keeps a page's polluted `Object.prototype.dangerouslySetInnerHTML` out of the widget. Preact
 * copies every enumerable key of the props it is given, inherited ones too, and compares each
 * with the element's previous props, which at the first render are an empty object that
 * inherits the same values: the pollution cancels out, but for this key, which Preact reads on
 * its own, and which would replace each element's children (the card's text, the controls)
 * with the page's markup. Here a vnode's copy of the lent value becomes `undefined`.
 * Installed on the script tag's own Preact (its second stage), never on an app's; on a clean
 * page it changes nothing.
 */
export const refuseLentMarkup = (options: Options): void => {
  const before = options.vnode
  options.vnode = (vnode: VNode) => {
    const props = vnode.props as Record<string, unknown> | string
    const lent = (Object.prototype as Record<string, unknown>)[key]
    if (lent !== undefined && props && typeof props == 'object' && props[key] === lent) props[key] = undefined
    before?.(vnode)
  }
}
