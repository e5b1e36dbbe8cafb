/**
 * Intl formatters, made once per locale and options and kept for the page: making one costs
 * far more than using it, and every widget formats its price at every draw.
 */
const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

const cached = <T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T => {
  let format = made.get(key) as T | undefined
  // A constructor that throws (an unknown currency or time zone) caches nothing and throws on.
  if (!format) made.set(key, format = make())
  return format
}

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('n' + locale + JSON.stringify(options), () => new Intl.NumberFormat(locale, options))

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('d' + locale + JSON.stringify(options), () => new Intl.DateTimeFormat(locale, options))
