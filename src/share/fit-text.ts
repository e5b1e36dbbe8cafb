import { withoutLink, type TextLimit } from '../channels/channel'

/**
 * How X weighs a character: Latin and common punctuation count 1, everything else
 * (CJK, emoji) 2. Ranges from X's published counting rules (twitter-text config v3).
 */
const weight = (code: number): number =>
  code <= 0x10ff || (code >= 0x2000 && code <= 0x200d) || (code >= 0x2010 && code <= 0x201f) ||
  (code >= 0x2032 && code <= 0x2037) ? 1 : 2

/** The length of `text` as a channel counts it. */
export const measure = (text: string, weighted?: boolean): number => {
  let n = 0
  for (const char of text) n += weighted ? weight(char.codePointAt(0)!) : 1
  return n
}

/**
 * The length of copy and its link as a channel counts them: the link at the channel's weight
 * for links (X counts 23) and a space before it, unless the copy holds the link itself.
 */
export const countWithLink = (text: string, url: string, limit?: TextLimit): number =>
  measure(withoutLink(text, url), limit?.weighted) + (limit?.link ?? url.length) + (text && !text.includes(url) ? 1 : 0)

/**
 * Fits the copy and its link into a channel's limit. The link is never cut: the copy is
 * shortened with an ellipsis, and where the copy placed the link itself (`{url}`) but must be
 * cut, the link moves after it. Returns the copy; the link goes after it unless it contains it.
 */
export const fitText = (text: string, url: string, limit?: TextLimit): string => {
  if (!limit || !text || countWithLink(text, url, limit) <= limit.max) return text
  const { max, weighted } = limit
  const room = max - (limit.link ?? url.length) - 1
  if (room < 2) return ''
  let out = ''
  let n = weighted ? weight(0x2026) : 1 // the ellipsis, which X counts twice
  for (const char of withoutLink(text, url)) {
    n += weighted ? weight(char.codePointAt(0)!) : 1
    if (n > room) break
    out += char
  }
  return out.trimEnd() + '…'
}
