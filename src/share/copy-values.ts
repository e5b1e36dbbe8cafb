import type { Product } from '../types'
import type { CopyValues } from './render-copy'

/** Formats an amount in the widget's locale, as currency where the currency is known. */
export const formatPrice = (amount: number, locale: string, currency?: string): string => {
  try {
    return new Intl.NumberFormat(locale, currency ? { style: 'currency', currency } : undefined).format(amount)
  } catch {
    return String(amount)
  }
}

/** The values share-copy templates may name, as display strings; unknown data stays absent. */
export const copyValues = (product: Product, locale: string): CopyValues => {
  const { title, text, brand, sku, price, originalPrice, currency } = product
  return {
    title,
    text,
    brand,
    sku,
    price: price == null ? undefined : formatPrice(price, locale, currency),
    originalPrice: originalPrice == null ? undefined : formatPrice(originalPrice, locale, currency),
  }
}
