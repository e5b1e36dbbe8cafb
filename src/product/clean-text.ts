/** Control characters other than whitespace (C0, DEL, C1): invisible, and unsafe in share copy. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g

/**
 * Text a page or a merchant supplies, made fit to show: strings (and finite numbers, as
 * JSON-LD often writes `"sku": 12345`) with control characters removed, whitespace runs
 * collapsed and trimmed. `multiline` keeps line breaks (at most one blank line in a row).
 * Anything else, or nothing left, gives `undefined`.
 *
 * @example cleanText('  Red\tshoes\u0000 ') // 'Red shoes'
 */
export const cleanText = (value: unknown, multiline = false): string | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value !== 'string') return undefined
  const text = value.replace(CONTROL, '')
  const clean = multiline
    ? text.replace(/\r\n?/g, '\n').replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n')
    : text.replace(/\s+/g, ' ')
  return clean.trim() || undefined
}
