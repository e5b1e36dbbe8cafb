/**
 * Document methods and properties read from `Document.prototype`, never from the document:
 * named access on a document overrides its built-ins, so markup a page takes from its users
 * (`<img name="createElement">` in a review) turns `document.createElement` into that image.
 * The window's interface objects (`Document`, `EventTarget`) are its own properties, which no
 * element's name can shadow. Read at each call: importing this module touches nothing.
 *
 * @example make(document, 'div') // as document.createElement('div'), whatever the page named its images
 */
const doc = () => Document.prototype

/**
 * The value of a getter of `Document.prototype` or a prototype above it (`defaultView`,
 * `documentElement`, `readyState`) for `d`; an environment that keeps the value on the
 * document itself (a test DOM) is read as it is.
 */
const read = <T>(d: Document, name: string): T => {
  for (let proto: object | null = doc(); proto; proto = Object.getPrototypeOf(proto)) {
    const get = Object.getOwnPropertyDescriptor(proto, name)?.get
    if (get) return get.call(d) as T
  }
  return (d as unknown as Record<string, T>)[name]!
}

/** `d.createElement(tag)`. */
export const make = <K extends keyof HTMLElementTagNameMap>(d: Document, tag: K): HTMLElementTagNameMap[K] =>
  doc().createElement.call(d, tag) as HTMLElementTagNameMap[K]

/** `d.getElementsByTagName(tag)`, as an array. */
export const byTag = (d: Document, tag: string): Element[] => [...doc().getElementsByTagName.call(d, tag)]

/** `d.querySelectorAll(selector)`, as an array. */
export const selectAll = (d: Document, selector: string): Element[] => [...doc().querySelectorAll.call(d, selector)]

/** `d.defaultView`: the document's window, or null. */
export const viewOf = (d: Document): (Window & typeof globalThis) | null => read(d, 'defaultView')

/** `d.documentElement`. */
export const rootOf = (d: Document): HTMLElement | null => read(d, 'documentElement')

/** `d.baseURI`: where the page's relative URLs resolve (its `<base href>`, else its address). */
export const baseOf = (d: Document): string => read(d, 'baseURI')

/** `d.activeElement`: the element with the focus (a shadow root's host for one inside it), the body, or null. */
export const activeOf = (d: Document): Element | null => read(d, 'activeElement')

/** `d.readyState`. */
export const readyOf = (d: Document): DocumentReadyState => read(d, 'readyState')

/** `target.addEventListener(…)` for a document (or any event target) whose own may be shadowed. */
export const listen = (target: EventTarget, type: string, fn: EventListener, options?: AddEventListenerOptions): void =>
  EventTarget.prototype.addEventListener.call(target, type, fn, options)

/** `target.removeEventListener(…)`, likewise. */
export const unlisten = (target: EventTarget, type: string, fn: EventListener): void =>
  EventTarget.prototype.removeEventListener.call(target, type, fn)

/** `target.dispatchEvent(event)`, likewise. */
export const dispatch = (target: EventTarget, event: Event): boolean => EventTarget.prototype.dispatchEvent.call(target, event)
