import type { MountOptions, Product } from '../types'
import { formatError, type ErrorCode } from '../config/errors'
import { capText, cleanText } from '../product/clean-text'
import { parseDeadline } from '../product/parse-deadline'
import { parsePrice, parseStock } from '../product/parse-price'
import { parseCurrency } from '../product/resolve-product'
import { safeUrl } from '../product/safe-url'

/**
 * The product a server card shows: the product fields of `mount()` options (numbers or
 * strings, as there), and a brand. `image` may also be a `data:` URL of an image.
 */
export type CardInput = Pick<MountOptions, 'url' | 'title' | 'image' | 'price' | 'currency' | 'originalPrice' | 'deadline' | 'stock'> & {
  brand?: string
}

/** A `data:` URL of an image: a merchant's server may inline its own photo (the demo does). */
const DATA_IMAGE = /^data:image\/[a-z0-9.+-]+(;[a-z0-9=.+-]+)*,/i

/** A photo: http(s), or a data: URL of an image. */
const photo = (value: unknown): string | undefined =>
  typeof value == 'string' && DATA_IMAGE.test(value.trim()) ? value.trim() : safeUrl(value)

/** A field's warning code, parser and, for text, the longest text kept (the limits of `resolveProduct`). */
const rules: Record<keyof CardInput, [ErrorCode, (value: unknown) => unknown, number?]> = {
  url: ['SC102', (value) => safeUrl(value)],
  title: ['SC111', cleanText, 300],
  brand: ['SC111', cleanText, 100],
  image: ['SC102', photo],
  price: ['SC103', parsePrice],
  currency: ['SC105', parseCurrency],
  originalPrice: ['SC103', parsePrice],
  deadline: ['SC104', parseDeadline],
  stock: ['SC103', parseStock],
}

/** Any value as short text for a warning (80 characters), even one `String` cannot convert (`Object.create(null)`). */
export const shorten = (value: unknown): string => {
  try {
    return capText(String(value), 81)
  } catch {
    return typeof value
  }
}

/**
 * The product from a server's input, each field validated by the parsers the widget uses: an
 * invalid value is left out with one coded warning (`[sharecue] SC103: price "free" is not a
 * number; …`), blank strings count as missing, text is cleaned and capped. Never throws.
 *
 * @example readCardInput({ title: 'Trail shoe', price: '129,00' }, console.warn).price // 129
 */
export const readCardInput = (input: unknown, warn: (message: string) => void): Product => {
  const product: Record<string, unknown> = { url: '', title: '' }
  const fields = (input && typeof input == 'object' ? input : {}) as Record<string, unknown>
  for (const [key, [code, parse, max]] of Object.entries(rules)) {
    let value: unknown
    try {
      value = fields[key]
    } catch {
      continue // a getter that throws is no value
    }
    if (value == null || (typeof value == 'string' && !cleanText(value))) continue
    let found = parse(value)
    if (found == null || found === '') {
      // SC105 names no field: the currency is its only subject
      warn(formatError(code, code == 'SC105' ? [shorten(value)] : [key, shorten(value)]))
      continue
    }
    if (max && (found as string).length > max) {
      warn(formatError('SC106', [key, max]))
      found = capText(found as string, max)
    }
    product[key] = found
  }
  return product as unknown as Product
}
