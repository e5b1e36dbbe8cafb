/**
 * Text cut to at most `max` characters, ending in `…` when cut. Never splits a surrogate
 * pair, so an emoji at the cut does not turn into a replacement character.
 *
 * @example capText('Winter jacket', 8) // 'Winter…'
 */
export const capText = (text: string, max: number): string => {
  if (text.length <= max) return text
  let cut = text.slice(0, max - 1)
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return cut.trimEnd() + '…'
}
