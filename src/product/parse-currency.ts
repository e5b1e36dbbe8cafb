/**
 * An ISO 4217 currency code, upper case (`' eur '` → `EUR`), or `undefined`. The code must
 * be three letters that `Intl.NumberFormat` accepts for formatting prices. Intl accepts any
 * well-formed code, so a made-up `ABC` passes: checking against a list would instead reject
 * real currencies that an older browser does not know yet.
 *
 * @example parseCurrency('usd') // 'USD'
 */
export const parseCurrency = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  const code = value.trim().toUpperCase()
  if (!/^[A-Z]{3}$/.test(code)) return undefined
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code }).format(0)
    return code
  } catch {
    return undefined
  }
}
