/** Longest URL kept: the limit many browsers, servers and share endpoints have long used. */
const MAX_LENGTH = 2048

const parse = (value: string, base?: string): URL | undefined => {
  try {
    return new URL(value, base)
  } catch {
    return undefined
  }
}

/**
 * An absolute `http:` or `https:` URL (its `href`), resolving a relative one against `base`;
 * anything else gives `undefined`: `javascript:`, `data:`, `vbscript:`, `file:`, `blob:`,
 * non-strings, blank strings, and strings or results over 2048 characters. An absolute URL
 * still works when `base` is unusable (`about:blank`).
 *
 * @example safeUrl('/p/42', 'https://shop.example/cart') // 'https://shop.example/p/42'
 */
export const safeUrl = (value: unknown, base: string): string | undefined => {
  if (typeof value !== 'string' || value.length > MAX_LENGTH || !value.trim()) return undefined
  const text = value.trim()
  const url = parse(text, base) ?? parse(text)
  return url && (url.protocol === 'http:' || url.protocol === 'https:') && url.href.length <= MAX_LENGTH
    ? url.href
    : undefined
}
