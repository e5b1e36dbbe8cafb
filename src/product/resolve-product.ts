import type { ErrorCode } from '../lib/errors'
import type { Warn } from '../lib/warn'
import type { MountOptions, Product } from '../types'
import { capText, cleanText } from './clean-text'
import { parseDeadline } from './parse-deadline'
import { parsePrice, parseStock } from './parse-price'
import type { ProductFields } from './product-fields'
import { readHead } from './read-head'
import { readJsonLd } from './read-json-ld'
import { safeUrl } from './safe-url'
import { pageAddress } from './page-address'
import { baseOf } from '../lib/dom'

/** The product fields of a widget's options, already merged: `mount()` options over attributes. */
export type ProductInput = Pick<MountOptions,
  'url' | 'title' | 'text' | 'image' | 'price' | 'currency' | 'originalPrice' | 'deadline' | 'stock' | 'sku'>

/** A field's warning code, parser and, for text, the longest text kept. */
type Rule = [ErrorCode, (value: unknown) => unknown, number?]

/** The attribute a merchant sets for a field, as warnings name it: `originalPrice` → `data-original-price`. */
const attribute = (key: string): string => 'data-' + key.replace(/(?=[A-Z])/g, '-').toLowerCase()

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

/** Any value as short text for a warning (80 characters), even one `String` cannot convert (`Object.create(null)`). */
export const shorten = (value: unknown): string => {
  try {
    return capText(String(value), 81)
  } catch {
    return typeof value
  }
}

/**
 * Each document's first warning sink (a widget's, which tells each problem once): problems of
 * the page itself (no canonical URL, a broken JSON-LD block) are told there, so once per page,
 * not once per widget.
 */
const sinks = new WeakMap<Document, Warn>()

/**
 * The product a widget shares, each field taken from the first source that has a valid
 * value (contract §3): `input` (the merchant's options and attributes), then the page's
 * JSON-LD Product, then Open Graph tags, then the document (canonical link, title, meta
 * description).
 *
 * An invalid `input` value warns once with its code (SC102 URL, SC103 number, SC115 count, SC104 date,
 * SC105 currency, SC111 not text) and the next source is used; blank strings count as
 * missing. Invalid page values are skipped silently: they are not the widget's
 * configuration. Text is cleaned (`cleanText`) and capped (title 300, text 1000, sku 100
 * characters; over the cap `input` warns SC106). `href` is the page's address: relative
 * URLs resolve against it, and `url` falls back to it, without its fragment, parameters that
 * look private and the visit's attribution (`pageAddress`), and over 2048 characters without
 * its query, with SC114 once per page, as the
 * page should name its canonical URL. No product URL keeps a fragment. `title` falls back to
 * `''`. Never throws.
 *
 * @example
 * const product = resolveProduct({ price: '19,99' }, document, location.href, warn)
 */
export const resolveProduct = (input: ProductInput, doc: Document, href: string, warn: Warn): Product => {
  const page = pageAddress(href, true)
  // Relative URLs resolve as the page's own do: against its <base href> where it has one (an
  // Angular app's `<base href="/">`, a CDN), without private parameters; else against `page`.
  // (Read through the prototype: `<img name="baseURI">` in a review would shadow the document's.)
  const based = baseOf(doc)
  const base = based != doc.URL ? pageAddress(based, true) : page
  const own = { __proto__: null, ...input } as ProductFields
  const told = sinks.get(doc) ?? (sinks.set(doc, warn), warn)
  // A page source that names its product's address describes that product: a widget that names
  // another (a related product's, a tile's) takes nothing from it, no price, deadline or stock
  // of the page's product above all. Same product: same host and path, whatever the scheme, a
  // `www.`, the case, a trailing slash or a variant's query.
  const product = (url: unknown) => safeUrl(url, base)?.replace(/^https?:\/\/(www\.)?|\/?([?#].*)?$/g, '').toLowerCase()
  const mine = typeof own.url == 'string' && own.url.trim() ? product(own.url) : undefined
  const sources = [own, readJsonLd(doc, told), ...readHead(doc)].filter((source, i) => !i || !mine || !product(source.url) || product(source.url) == mine)
  if (!sources.some((source) => safeUrl(source.url, base))) told('SC114')
  // Past 2048 characters (safeUrl's limit, and collectors'), the address is shared by its path:
  // a link chat apps take, events a collector counts.
  return resolveFields(sources, warn, { href: page.length > 2048 ? page.split('?')[0]! : page, base })
}

/** How `resolveFields` names a field in warnings, where relative URLs resolve, and how an image is read. */
export interface FieldOptions {
  /** The page's address: relative URLs resolve against it (unless `base`), and `url` falls back to it. */
  href?: string
  /** Where relative URLs resolve, where not `href`: the document's base URL. */
  base?: string
  /** The field's name in warnings. Default: its attribute (`originalPrice` → `data-original-price`). */
  name?: (key: string) => string
  /** Reads an image (a server also takes `data:` images). Default: http(s) URLs only. */
  image?: (value: unknown) => string | undefined
}

/**
 * The cascade of `resolveProduct` over any sources, the first being the caller's own (its
 * invalid values warn; the others' are skipped silently). A server reads its one source so.
 */
export const resolveFields = (sources: ProductFields[], warn: Warn, options: FieldOptions = {}): Product => {
  // Own options only: a page may have polluted Object.prototype with `image` or `name`.
  const { href, base = href, name = attribute, image } = { __proto__: null, ...options } as FieldOptions
  const link: Rule = ['SC102', (value) => safeUrl(value, base)]
  // A fragment is never shared nor reported: it is state of one visitor's page (#access_token=…).
  const page: Rule = ['SC102', (value) => safeUrl(value, base)?.split('#')[0]]
  const money: Rule = ['SC103', parsePrice]
  const text = (max: number): Rule => ['SC111', cleanText, max]
  /**
   * Each field's rule, in the order warnings come. The longest text kept is in UTF-16 units:
   * a title is a line (300 leaves room for the longest marketplace titles, 200–250); 1000
   * characters of description is more than any share copy or card shows; SKUs and brands
   * are short codes and names.
   */
  const fields: Record<keyof Product, Rule> = {
    url: page,
    title: text(300),
    text: text(1000),
    image: image ? ['SC102', image] : link,
    price: money,
    currency: ['SC105', parseCurrency],
    originalPrice: money,
    deadline: ['SC104', parseDeadline],
    stock: ['SC115', parseStock],
    sku: text(100),
    brand: text(100),
  }
  // No prototype, for the product and its sources: a field no source has is not read from a
  // polluted Object.prototype, here or wherever the product goes.
  const product: Record<string, unknown> = { __proto__: null, url: href ?? '', title: '' }
  const own = sources.map((source) => ({ __proto__: null, ...source }) as ProductFields)
  for (const [key, [code, parse, max]] of Object.entries(fields)) {
    for (const [i, source] of own.entries()) {
      const value = source[key as keyof Product]
      // blank strings count as missing (nothing left after cleaning)
      if (value == null || (typeof value == 'string' && !cleanText(value))) continue
      let found = parse(value)
      if (found != null) {
        if (max && (found as string).length > max) {
          if (!i) warn('SC106', name(key), max)
          found = capText(found as string, max)
        }
        product[key] = found
        break
      }
      // the merchant's own value warns (SC105 names no attribute); the page's are not the
      // widget's configuration
      if (!i) warn(code, ...(key == 'currency' ? [] : [name(key)]), shorten(value))
    }
  }
  return product as unknown as Product
}
