import type { Warn } from '../lib/warn'
import type { ProductFields } from './product-fields'
import { byTag } from '../lib/dom'

// JSON as parsed: any shape at all. Reading a missing property gives undefined, and every
// value is validated later by resolveProduct.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

/** `Product` or `ProductGroup` (a product with variants), also as `schema:` or schema.org IRI. */
const PRODUCT = /^(https?:\/\/schema\.org\/|schema:)?Product(Group)?$/

/** List prices in `priceSpecification` (schema.org PriceTypeEnumeration; Google's strikethrough price). */
const LIST_PRICE = /(List|Strikethrough)Price$/

/** A value, or the first of a list. */
const first = (value: Json): Json => [value].flat()[0]

/**
 * A node's `key` (`image.url`, `brand.name`), or the value itself when it is not a node. Only
 * a node is asked: a string would answer with what a polluted Object.prototype holds.
 */
const inner = (value: Json, key: string): Json => {
  const node = first(value)
  return typeof node == 'object' ? node?.[key] ?? node : node
}

/**
 * A schema.org price in a currency of three decimals (the dinars of Bahrain, Iraq, Jordan,
 * Kuwait, Libya and Tunisia, the Omani rial): `"12.500"` is twelve and a half, as schema.org
 * writes it (a decimal point, https://schema.org/price), where the price-tag reader would take
 * 12,500. Other text is left as written: shops pricing in dong or rupiah write `"100.000"` for
 * a hundred thousand, whatever schema.org says.
 */
const price = (value: Json, currency: Json): Json =>
  typeof value == 'string' && /^(BHD|IQD|JOD|KWD|LYD|OMR|TND)$/i.test(currency) && /^\s*\d{1,3}\.\d{3}\s*$/.test(value) ? +value : value

/** Whether a node's `@type`, a string or a list, names `type`. */
const isA = (node: Json, type: RegExp): boolean => [node?.['@type']].flat().some((name) => type.test(name))

/**
 * The page's schema.org Product from every `<script type="application/ld+json">`, the
 * second source of the cascade (contract §3): the first Product of the page, with
 * `offers` as an Offer or the first of a list, an AggregateOffer's `lowPrice` standing for
 * its range, and a list price in `priceSpecification` as the original price.
 *
 * A block that is not valid JSON warns SC110 and the next block is read. Values are
 * returned as written (a price of a three-decimal currency as its number); `resolveProduct` validates them.
 *
 * @example readJsonLd(document, warn).price
 */
export const readJsonLd = (doc: Document, warn: Warn): ProductFields => {
  // Scripts by tag, not by selector: a selector scans the whole page, once per widget.
  for (const script of byTag(doc, 'script')) {
    // the type is ASCII case-insensitive and may carry parameters (`; charset=utf-8`)
    if (!(script.getAttribute('type') ?? '').toLowerCase().startsWith('application/ld+json')) continue
    const text = script.textContent ?? ''
    let read = blocks.get(text)
    if (!read) {
      if (blocks.size > 16) blocks.clear()
      blocks.set(text, read = readBlock(text))
    }
    if ('error' in read) warn('SC110', read.error)
    else if (read.product) return { ...read.product }
  }
  return {}
}

/**
 * Every object of the JSON without a prototype, so that a property the page did not write is
 * missing, not read from a polluted Object.prototype (`"offers": {}` has no inherited `price`).
 */
const ownOnly = (_: string, value: Json): Json =>
  value && typeof value == 'object' && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value

/** Blocks read before, by their text: a category page's 200 widgets share the page's one. */
const blocks = new Map<string, { product?: ProductFields } | { error: string }>()

const readBlock = (text: string): { product?: ProductFields } | { error: string } => {
  try {
    // The nodes where a Product may be: at the top level, in arrays, and in each one's
    // `@graph`; not inside other properties, so a category page's `ItemList` does not make
    // its first product the page's. Nine levels of arrays are far more than real markup uses.
    const product = [JSON.parse(text, ownOnly)].flat(9)
      .flatMap((node) => [node, node?.['@graph']].flat(9))
      .find((node) => isA(node, PRODUCT))
    if (!product) return {}
    const offer = first(product.offers) ?? {}
    return { product: {
      url: product.url,
      title: product.name,
      text: product.description,
      image: inner(product.image, 'url'),
      sku: product.sku,
      brand: inner(product.brand, 'name'),
      price: price(offer.price ?? offer.lowPrice, offer.priceCurrency),
      currency: offer.priceCurrency,
      originalPrice: price([offer.priceSpecification].flat().find((spec) => LIST_PRICE.test(spec?.priceType))?.price, offer.priceCurrency),
      deadline: offer.priceValidUntil,
      // a QuantitativeValue in schema.org, often written as a bare number
      stock: inner(offer.inventoryLevel, 'value'),
    } }
  } catch (error) {
    // Not JSON; or JSON so odd that reading it threw (`"@type": {"toString": 1}` cannot
    // be tested against a pattern). Either way the block is of no use. Nesting so deep that
    // `ownOnly` overflowed the stack is no mistake to report: as for any nesting deeper than
    // nine arrays, the block simply has no product to read.
    return error instanceof RangeError ? {} : { error: (error as Error).message }
  }
}
