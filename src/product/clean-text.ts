/**
 * Text a page or a merchant supplies, made fit to show: strings (and finite numbers, as
 * JSON-LD often writes `"sku": 12345`) without control characters, with whitespace runs
 * (line breaks too) collapsed into single spaces and trimmed, so blank text gives `''`.
 * Anything else gives `undefined`.
 *
 * @example cleanText('  Red\tshoes\u0000 ') // 'Red shoes'
 */
export const cleanText = (value: unknown): string | undefined => {
  if (typeof value == 'number' && isFinite(value)) value = String(value)
  // control characters (C0, DEL, C1) other than whitespace: invisible, and unsafe in share copy
  if (typeof value == 'string') return value.replace(/(?!\s)\p{Cc}/gu, '').replace(/\s+/g, ' ').trim()
}

/**
 * Text cut to at most `max` characters, ending in `…` when cut. Never splits a surrogate
 * pair, so an emoji at the cut does not turn into a replacement character.
 *
 * @example capText('Winter jacket', 8) // 'Winter…'
 */
export const capText = (text: string, max: number): string =>
  text.length > max ? text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '').trimEnd() + '…' : text
