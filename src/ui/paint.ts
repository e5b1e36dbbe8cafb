import type { Scope } from '../types'
import type { ControlModel, WidgetModel } from './model'

const scopes: Scope[] = ['private', 'group', 'public']
const svgNs = 'http://www.w3.org/2000/svg'

type Attributes = Record<string, string | undefined>

/**
 * The script tag's first paint: the markup of `Widget` (widget.tsx) for a widget without a
 * card, dialog or field, made with plain DOM calls, no Preact. The same elements, attributes
 * and order, so the full widget takes these nodes over as they are (a test renders both and
 * compares them across layouts, themes, grouping and right-to-left). Painting again changes
 * the nodes in place.
 */
export const paint = (container: HTMLElement, { locale, layout, theme, group, controls, status }: Omit<WidgetModel, 'card' | 'wechat' | 'mastodon'>): void => {
  const doc = container.ownerDocument
  const el = (name: string, attributes: Attributes, children: (Node | string)[] = [], ns?: string) => {
    // From Document.prototype: the page's markup may shadow the document's own (lib/dom.ts).
    const node = ns ? Document.prototype.createElementNS.call(doc, ns, name) : Document.prototype.createElement.call(doc, name)
    for (const [key, value] of Object.entries(attributes)) if (value != null) node.setAttribute(key, value)
    node.append(...children)
    return node
  }
  const control = ({ id, name, label, href, icon, glyph }: ControlModel) => {
    const svg = el('svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' }, icon
      ? [el('path', { d: icon, 'fill-rule': 'evenodd' }, [], svgNs)]
      : glyph ? [el('text', { x: '12', y: '17', 'text-anchor': 'middle', 'font-size': '15', 'font-weight': '700', fill: 'currentColor' }, [[...name][0]!], svgNs)] : [], svgNs)
    const content = [svg, el('span', { class: 'x' }, [name])]
    const common = { class: 'c', 'data-channel': id, 'aria-label': label }
    return el('li', {}, [href
      ? el('a', { ...common, href, target: '_blank', rel: 'noopener noreferrer' }, content)
      : el('button', { ...common, type: 'button' }, content)])
  }
  const list = (items: ControlModel[], label?: string) => el('ul', { 'aria-label': label }, items.map(control))
  const lists = group
    ? scopes.flatMap((scope) => {
        const inScope = controls.filter((c) => c.scope === scope)
        return inScope.length ? [el('p', { class: 'h', 'aria-hidden': 'true' }, [locale.scopes[scope]]), list(inScope, locale.scopes[scope])] : []
      })
    : [list(controls)]
  const made = el('div', { class: `w ${layout} ${theme[0]}`, role: 'group', 'aria-label': locale.share, dir: locale.dir ?? 'ltr', lang: locale.tag }, [
    ...lists,
    el('p', { class: 'st', role: 'status' }, status ? [status] : []),
  ])
  const painted = container.firstElementChild
  if (painted) morph(painted, made)
  else container.append(made)
}

/**
 * Makes `node` look like `made`, keeping every node that stays the same kind: the live region
 * a screen reader already knows (it speaks a change inside it, not the words of a region
 * inserted with them), the control under the pointer or with focus while an icon arrives.
 */
const morph = (node: Node, made: Node): void => {
  if (node.nodeName !== made.nodeName) return (node as ChildNode).replaceWith(made)
  if (node.nodeType !== 1) {
    if (node.nodeValue !== made.nodeValue) node.nodeValue = made.nodeValue
    return
  }
  const [old, next] = [node as Element, made as Element]
  for (const { name } of [...old.attributes]) if (!next.hasAttribute(name)) old.removeAttribute(name)
  for (const { name, value } of [...next.attributes]) if (old.getAttribute(name) !== value) old.setAttribute(name, value)
  const [was, now] = [[...old.childNodes], [...next.childNodes]]
  if (was.length !== now.length) return old.replaceChildren(...now)
  was.forEach((child, i) => morph(child, now[i]!))
}
