import type { Warn } from '../lib/warn'
import type { Product } from '../types'
import { parseDeadline } from './parse-deadline'
import { parsePrice, parseStock } from './parse-price'
import type { ProductFields } from './product-fields'
import { readFields, readProduct, type FieldOptions, type OfferRules, type ProductInput } from './read-product'

export { shorten, type FieldOptions, type ProductInput } from './read-product'

/**
 * An ISO 4217 currency code, upper case (`' eur '` → `EUR`). Any three letters pass, as
 * `Intl.NumberFormat` formats any well-formed code: checking against a list would reject
 * real currencies that an older browser does not know yet.
 *
 * @example parseCurrency('usd') // 'USD'
 */
export const parseCurrency = (value: unknown): string | undefined => {
  if (typeof value == 'string' && /^[a-z]{3}$/i.test(value.trim())) return value.trim().toUpperCase()
}

/** The offer's fields, in the order their warnings come (after the image, before the SKU). */
export const offerRules: OfferRules = {
  price: ['SC103', parsePrice],
  currency: ['SC105', parseCurrency],
  originalPrice: ['SC103', parsePrice],
  deadline: ['SC104', parseDeadline],
  stock: ['SC103', parseStock],
}

/**
 * The product a widget shares, every field (`readProduct` with the offer's).
 *
 * @example
 * const product = resolveProduct({ price: '19,99' }, document, location.href, warn)
 */
export const resolveProduct = (input: ProductInput, doc: Document, href: string, warn: Warn): Product =>
  readProduct(input, doc, href, warn, offerRules)

/** The cascade of `resolveProduct` over any sources, every field (`readFields` with the offer's). */
export const resolveFields = (sources: ProductFields[], warn: Warn, options?: FieldOptions): Product =>
  readFields(sources, warn, options, offerRules)
