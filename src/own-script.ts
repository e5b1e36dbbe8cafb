/** The script tag the script-tag build runs from, as far as the page's markup cannot fake it. */
export interface OwnScript {
  /**
   * Its URL, against which lazy parts resolve (for a CDN's bare package URL, the file that URL
   * serves); `''` without one (run as a module, bundled, inlined).
   */
  src: string
  /** One of its `data-*` attributes (`data('endpoint')`), or undefined. */
  data(name: string): string | undefined
  /** Its CSP nonce (`''` without one), which the script it adds itself (`sc-check.js`) carries too. */
  nonce: string
}

/**
 * The `<script>` element running now; call it while the script runs its first task.
 *
 * Markup alone can shadow `document.currentScript`: `<img name="currentScript" src=…>` in a
 * product review makes it an image whose `src` and `data-*` would be taken for the script's
 * (DOM clobbering, the gadget of webpack's CVE-2024-43788; https://portswigger.net/web-security/dom-based/dom-clobbering).
 * So the element is asked of `Document.prototype`'s own getter and must be the window's own
 * `HTMLScriptElement` (a named property of the window cannot shadow an interface object, which
 * is the window's own property), and its URL and attributes are read through the prototypes'
 * getters, which also throw for anything that only pretends to be a script. Nothing else stands
 * in: `document.querySelector('script[src*=…]')` would take a script that a page's HTML inserted
 * and never ran. Never throws.
 *
 * @example ownScript(window).data('endpoint')
 */
export const ownScript = (win: Window & typeof globalThis): OwnScript => {
  try {
    const get = (proto: object, name: string, self: unknown): unknown => Object.getOwnPropertyDescriptor(proto, name)!.get!.call(self)
    const script = get(win.Document.prototype, 'currentScript', win.document)
    if (script instanceof win.HTMLScriptElement) {
      const getAttribute = win.Element.prototype.getAttribute
      const src = get(win.HTMLScriptElement.prototype, 'src', script) as string
      return {
        // A CDN's bare package URL (unpkg.com/sharecue@1, cdn.jsdelivr.net/npm/sharecue) serves
        // dist/sharecue.js (package.json's `unpkg`, `jsdelivr`): its lazy parts are beside that file.
        src: src.replace(/(\/sharecue(@[^/?#]*)?)([?#].*)?$/, '$1/dist/sharecue.js'),
        data: (name) => getAttribute.call(script, 'data-' + name) ?? undefined,
        nonce: String(get(win.HTMLElement.prototype, 'nonce', script) ?? ''),
      }
    }
  } catch { /* not a script after all */ }
  return { src: '', data: () => undefined, nonce: '' }
}
