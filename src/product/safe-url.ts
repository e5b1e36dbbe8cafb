/**
 * An absolute `http:` or `https:` URL (its `href`), resolving a relative one against `base`;
 * anything else gives `undefined`: `javascript:`, `data:`, `vbscript:`, `file:`, `blob:`,
 * non-strings, and URLs over 2048 characters. A blank string is `base`, as `href=""` is in HTML.
 *
 * @example safeUrl('/p/42', 'https://shop.example/cart') // 'https://shop.example/p/42'
 */
export const safeUrl = (value: unknown, base?: string): string | undefined => {
  if (typeof value != 'string') return
  try {
    // the URL parser drops the spaces around and the tabs inside (`java\tscript:`) itself
    const { href } = new URL(value, base)
    // 2048: the longest URL many browsers, servers and share endpoints have long accepted
    if (/^https?:/.test(href) && href.length <= 2048) return href
  } catch {
    // not a URL, or a relative one without a usable base
  }
}
