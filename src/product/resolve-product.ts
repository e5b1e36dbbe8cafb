import type { Warn } from '../config/warn'
import type { MountOptions, Product } from '../types'
import { baseUrl } from './base-url'
import { capText } from './cap-text'
import { cleanText } from './clean-text'
import { parseCurrency } from './parse-currency'
import { parseDeadline } from './parse-deadline'
import { parsePrice } from './parse-price'
import { parseStock } from './parse-stock'
import type { ProductFields } from './product-fields'
import { readDocument } from './read-document'
import { readJsonLd } from './read-json-ld'
import { readOpenGraph } from './read-open-graph'
import { safeUrl } from './safe-url'
import { shorten } from './shorten'

/** The product fields of a widget's options, already merged: `mount()` options over attributes. */
export type ProductInput = Pick<MountOptions,
  'url' | 'title' | 'text' | 'image' | 'price' | 'currency' | 'originalPrice' | 'deadline' | 'stock' | 'sku'>

type TextKey = 'title' | 'text' | 'sku' | 'brand'

/**
 * Longest text kept, in UTF-16 units. A title is a line (300 leaves room for the longest
 * marketplace titles, 200–250); 1000 characters of description is more than any share copy
 * or card shows; SKUs and brands are short codes and names.
 */
const LIMITS: Record<TextKey, number> = { title: 300, text: 1000, sku: 100, brand: 100 }

/** The attribute a merchant sets for a field, as warnings name it: `originalPrice` → `data-original-price`. */
const attribute = (key: string): string => 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())

/**
 * The product a widget shares, each field taken from the first source that has a valid
 * value (contract §3): `input` (the merchant's options and attributes), then the page's
 * JSON-LD Product, then Open Graph tags, then the document (canonical link, `href`, title).
 *
 * An invalid `input` value warns once with its code (SC102 URL, SC103 number, SC104 date,
 * SC105 currency, SC111 not text) and the next source is used; blank strings count as
 * missing. Invalid page values are skipped silently: they are not the widget's
 * configuration. Text is cleaned (`cleanText`) and capped (title 300, text 1000, sku 100
 * characters; over the cap `input` warns SC106). `url` is always an absolute http(s) URL,
 * unless `href` itself is not one, which is then returned as is. Sources are read only
 * when a field needs them. Never throws.
 *
 * @example
 * const product = resolveProduct({ price: '19,99' }, document, location.href, warn)
 */
export const resolveProduct = (input: ProductInput, doc: Document, href: string, warn: Warn): Product => {
  const base = baseUrl(doc, href)
  const own = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>
  const readers = [() => readJsonLd(doc, warn), () => readOpenGraph(doc), () => readDocument(doc, href)]
  const pages: ProductFields[] = []

  const pick = <T>(
    key: keyof ProductFields,
    parse: (value: unknown, mine: boolean) => T | undefined,
    invalid: (value: unknown) => void,
  ): T | undefined => {
    const mine = key === 'brand' ? undefined : own[key]
    if (mine != null && !(typeof mine === 'string' && !mine.trim())) {
      const value = parse(mine, true)
      if (value !== undefined) return value
      invalid(mine)
    }
    for (let i = 0; i < readers.length; i++) {
      const value = parse((pages[i] ??= readers[i]!())[key], false)
      if (value !== undefined) return value
    }
    return undefined
  }

  const text = (key: TextKey, multiline = false) => pick(key, (value, mine) => {
    const clean = cleanText(value, multiline)
    if (clean === undefined || clean.length <= LIMITS[key]) return clean
    if (mine) warn('SC106', attribute(key), LIMITS[key])
    return capText(clean, LIMITS[key])
  }, (value) => {
    // a string left empty by cleaning is blank, not wrong
    if (typeof value !== 'string') warn('SC111', attribute(key), shorten(value))
  })
  const url = (key: 'url' | 'image') =>
    pick(key, (value) => safeUrl(value, base), (value) => warn('SC102', attribute(key), shorten(value)))
  const count = (key: 'price' | 'originalPrice' | 'stock', parse: (value: unknown) => number | undefined) =>
    pick(key, parse, (value) => warn('SC103', attribute(key), shorten(value)))

  const product: Product = {
    url: url('url') ?? href,
    title: text('title') ?? '',
    text: text('text', true),
    image: url('image'),
    price: count('price', parsePrice),
    currency: pick('currency', parseCurrency, (value) => warn('SC105', shorten(value))),
    originalPrice: count('originalPrice', parsePrice),
    deadline: pick('deadline', parseDeadline, (value) => warn('SC104', attribute('deadline'), shorten(value))),
    stock: count('stock', parseStock),
    sku: text('sku'),
    brand: text('brand'),
  }
  for (const key in product) {
    if (product[key as keyof Product] === undefined) delete product[key as keyof Product]
  }
  return product
}
