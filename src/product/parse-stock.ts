/** Largest count kept, as for prices: anything bigger is an id or a typo, not stock. */
const MAX_STOCK = 1e12

/**
 * Units in stock: a whole number from 0 up, given as a number or a string of digits.
 * `"5 left"`, `"1.5"`, `"-1"` and `"1,000"` are not counts and give `undefined`.
 *
 * @example parseStock(' 12 ') // 12
 */
export const parseStock = (value: unknown): number | undefined => {
  const count = typeof value === 'number' ? value
    : typeof value === 'string' && /^\d{1,13}$/.test(value.trim()) ? Number(value.trim())
      : NaN
  return Number.isInteger(count) && count >= 0 && count <= MAX_STOCK ? count + 0 : undefined // + 0: no -0
}
