/** Largest price kept: beyond any real price tag, so a stray timestamp or id is not shown as one. */
const MAX_PRICE = 1e12

/** Longer strings are not price tags; the limit also keeps the regular expressions cheap. */
const MAX_LENGTH = 64

/**
 * What may stand before or after the number: a currency symbol (€, $, ₹), a code or short
 * abbreviation of up to three letters (EUR, kr, zł, Rs.), or a code with a symbol (US$, R$).
 * Four letters or more ("free") or a minus sign make the whole value invalid.
 */
const AFFIX = /^(?:\p{L}{1,3}\.?)?\p{Sc}?$|^\p{Sc}\p{L}{1,3}\.?$/u

/** Digit runs joined by single separators: dot, comma, space, apostrophe (Swiss 1'299 or 1’299). */
const CORE = /^\d+(?:[.,' ’]\d+)*$/

/**
 * Digit groups of a whole number joined by `_`: western thousands (1_299_000), or Indian
 * lakh and crore grouping, two digits then a last group of three (12_34_567).
 */
const GROUPS = /^[1-9]\d{0,2}(?:_\d{3})*$|^[1-9]\d?(?:_\d{2})*_\d{3}$/

const valid = (value: number): number | undefined =>
  Number.isFinite(value) && value >= 0 && value <= MAX_PRICE ? value + 0 : undefined // + 0 turns -0 into 0

/**
 * A price in major units from a number or a price tag in any common format:
 * `19.99`, `1,299.00`, `1.299,00`, `1 299,00`, `1'299.00`, `€ 1.299,00`, `$1,299`, `0,99`.
 * Currency symbols and codes and every kind of space (NBSP, narrow NBSP) are ignored.
 *
 * Which mark is the decimal separator: the last `.` or `,`, when it occurs only once and
 * either another separator comes before it (`1.299,00`) or it is not followed by exactly
 * three digits (`0,99`). A single separator followed by exactly three digits is a
 * thousands separator (`12.345` is 12345, `$1,299` is 1299), as a price with three
 * decimals is far rarer than one over a thousand; except after a lone 0 (`0.500` is 0.5),
 * as nobody writes 500 as 0,500.
 *
 * Negative, non-finite, over 1e12 or unreadable (`free`, `1.2.3,4,5`) gives `undefined`.
 *
 * @example parsePrice('1.299,00 €') // 1299
 */
export const parsePrice = (value: unknown): number | undefined => {
  if (typeof value === 'number') return valid(value)
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return undefined
  const text = value.replace(/\s+/g, ' ')
  const first = text.search(/\d/)
  if (first < 0) return undefined
  const last = text.search(/\d\D*$/)
  const core = text.slice(first, last + 1)
  const affixes = [text.slice(0, first), text.slice(last + 1)]
  if (!CORE.test(core) || !affixes.every((affix) => AFFIX.test(affix.replace(/ /g, '')))) return undefined
  const groups = core.split(/\D/)
  const marks = core.replace(/\d/g, '')
  const mark = marks[marks.length - 1]
  const decimal = (mark === '.' || mark === ',') && marks.indexOf(mark) === marks.length - 1 &&
    (marks.length > 1 || groups[1]!.length !== 3 || groups[0] === '0')
  const fraction = decimal ? groups.pop()! : '0'
  const separators = decimal ? marks.slice(0, -1) : marks
  if (groups.length > 1 && (new Set(separators).size > 1 || !GROUPS.test(groups.join('_')))) return undefined
  return valid(Number(groups.join('') + '.' + fraction))
}
