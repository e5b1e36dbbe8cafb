/**
 * A price tag without its spaces: an optional currency symbol; the whole part, as plain
 * digits or as groups of three joined by one same mark (`1.299.000`) after a first group of
 * one to three digits; an optional decimal part after a mark; an optional currency symbol.
 * The groups come first, so a single mark followed by exactly three digits is a thousands
 * separator (`$1,299` is 1299), as a price with three decimals is far rarer than one over a
 * thousand; a whole part of 0 cannot be grouped (`0.500` is 0.5).
 */
const PRICE = /^\p{Sc}?([1-9]\d{0,2}([.,])\d{3}(?:\2\d{3})*|\d+)(?:([.,])(\d+))?\p{Sc}?$/u

/**
 * A price in major units from a number or a price tag in a common format: `19.99`,
 * `1,299.00`, `1.299,00`, `1 299,00`, `1'299.00`, `€ 1.299,00`, `$1,299`, `0,99`. Every kind
 * of space (NBSP, narrow NBSP) and apostrophe (Swiss `1’299`) is ignored. The decimal mark
 * must differ from the group mark (`1,299,00` is unreadable).
 *
 * Negative, over 1e12 or unreadable (`free`, `1.2.3,4`, `EUR 5`) gives `undefined`.
 *
 * @example parsePrice('1.299,00 €') // 1299
 */
export const parsePrice = (value: unknown): number | undefined => {
  if (typeof value == 'string') {
    const [, whole, group, mark, fraction = '0'] = PRICE.exec(value.replace(/[\s'’]/g, '')) ?? []
    value = whole && !(group && group == mark) ? +(whole.replace(/\D/g, '') + '.' + fraction) : NaN
  }
  // 1e12 is beyond any real price or stock, so a stray timestamp or id is not shown as one;
  // NaN fails both tests; + 0 turns -0 into 0
  if (typeof value == 'number' && value >= 0 && value <= 1e12) return value + 0
}

/**
 * Units in stock: a whole number from 0 up, given as a number or a string read like a
 * price (`12`, `1,000`). `"5 left"`, `"1.5"` and `"-1"` are not counts and give `undefined`.
 *
 * @example parseStock(' 12 ') // 12
 */
export const parseStock = (value: unknown): number | undefined => {
  const count = parsePrice(value)
  if (Number.isInteger(count)) return count
}
