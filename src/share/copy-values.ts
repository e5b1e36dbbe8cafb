import type { Product } from '../types'
import type { CopyValues } from './render-copy'
import { offer } from '../card/offer'
import { formatDeadline, formatTimeLeft } from '../card/format-time'
import { numberFormat } from './formats'

/** Formats an amount in the widget's locale, as currency where the currency is known. */
export const formatPrice = (amount: number, locale: string, currency?: string): string => {
  try {
    return numberFormat(locale, currency ? { style: 'currency', currency } : undefined).format(amount)
  } catch {
    return String(amount)
  }
}

/** A discount as the locale writes a negative percent: `-25%`, `-25 %`. */
export const formatDiscount = (percent: number, locale: string): string =>
  numberFormat(locale, { style: 'percent' }).format(-percent / 100)

/**
 * The values share-copy templates may name, as display strings. Unknown data stays absent, and
 * so does the offer once its deadline has passed (`{discount}`, `{originalPrice}`, `{deadline}`,
 * `{timeLeft}`), so a template that names them falls back to plain copy: no "hurry" after the end.
 */
export const copyValues = (product: Product, locale: string, now: number, threshold?: number): CopyValues => {
  const { title, text, brand, sku, price, originalPrice, currency, deadline, stock } = product
  const { discount, left, ended } = offer(product, now, threshold)
  return {
    title,
    text,
    brand,
    sku,
    price: price == null ? undefined : formatPrice(price, locale, currency),
    originalPrice: originalPrice == null || !discount ? undefined : formatPrice(originalPrice, locale, currency),
    discount: discount ? formatDiscount(discount, locale) : undefined,
    deadline: deadline == null || ended ? undefined : formatDeadline(deadline, locale),
    timeLeft: left == null ? undefined : formatTimeLeft(left, locale),
    stock: stock == null ? undefined : String(stock),
  }
}
