import type { Warn } from '../config/warn'
import type { ProductFields } from './product-fields'
import { shorten } from './shorten'

type Node = Record<string, unknown>

/**
 * How far the search for a Product goes: 10 levels of arrays, `@graph` and `mainEntity`,
 * and 1000 nodes over all blocks. Real markup uses 3 or 4 levels and a few dozen nodes;
 * the caps keep a huge or deeply nested block from stalling the page.
 */
const MAX_DEPTH = 10
const MAX_NODES = 1000

/** List prices in `priceSpecification` (schema.org PriceTypeEnumeration; Google's strikethrough price). */
const LIST_PRICE = new Set(['ListPrice', 'StrikethroughPrice'])

/** schema.org's Product and its product subtypes that a product page may use. */
const PRODUCT = new Set(['Product', 'ProductGroup', 'ProductModel', 'IndividualProduct', 'SomeProducts'])

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `Product`, `schema:Product`, `http://schema.org/Product`, `https://schema.org/Product` → `Product`. */
const term = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, '') : undefined

/** A node's types, from `@type` as a string or a list (`["Product", "Thing"]`). */
const types = (node: Node): (string | undefined)[] =>
  (Array.isArray(node['@type']) ? node['@type'] as unknown[] : [node['@type']]).map(term)

/** Whether a `<script>` holds JSON-LD: the type is case-insensitive and may carry parameters. */
const isJsonLd = (script: Element): boolean =>
  (script.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase() === 'application/ld+json'

/**
 * The page's schema.org Product from every `<script type="application/ld+json">`, the
 * second source of the cascade (contract §3). The first Product wins, found at the top
 * level, in arrays, in `@graph` and in `mainEntity` (an ItemPage's product); not inside
 * other properties, so a category page's `ItemList` of products does not make the first
 * one the page's product. `{"@id": …}` references to other nodes of the same block are
 * followed. A ProductGroup counts as a Product; without offers of its own, it takes the
 * offers of its first `hasVariant`.
 *
 * A block that is not valid JSON warns SC110 and the next block is read. Other values are
 * returned as written (`resolveProduct` validates them); no shape of JSON makes it throw.
 *
 * @example readJsonLd(document, warn).price
 */
export const readJsonLd = (doc: Document, warn: Warn): ProductFields => {
  let budget = MAX_NODES
  for (const script of doc.querySelectorAll('script[type]')) {
    if (!isJsonLd(script)) continue
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch (error) {
      warn('SC110', shorten(error instanceof Error ? error.message : error))
      continue
    }
    const nodes: Node[] = []
    const ids = new Map<string, Node>()
    const walk = (value: unknown, depth: number): void => {
      if (depth > MAX_DEPTH || budget <= 0) return
      if (Array.isArray(value)) {
        for (const item of value) {
          if (budget <= 0) return
          walk(item, depth + 1)
        }
      } else if (isNode(value)) {
        budget--
        nodes.push(value)
        if (typeof value['@id'] === 'string' && !ids.has(value['@id'])) ids.set(value['@id'], value)
        walk(value['@graph'], depth + 1)
        walk(value.mainEntity, depth + 1)
      }
    }
    walk(data, 0)
    const product = nodes.find((node) => types(node).some((type) => type !== undefined && PRODUCT.has(type)))
    if (product) return fields(product, ids)
  }
  return {}
}

/** Reads a found Product's fields, following `@id` references through `ids`. */
const fields = (product: Node, ids: Map<string, Node>): ProductFields => {
  /** A value, or the first of a list, with a bare `{"@id": …}` replaced by the node it names. */
  const one = (value: unknown): unknown => {
    const item = Array.isArray(value) ? value[0] : value
    if (!isNode(item) || typeof item['@id'] !== 'string' || Object.keys(item).length > 1) return item
    return ids.get(item['@id']) ?? item
  }
  /** A string or number, also as a JSON-LD value object `{"@value": …, "@language": …}`. */
  const literal = (value: unknown): string | number | undefined => {
    let item = one(value)
    if (isNode(item)) item = one(item['@value'])
    return typeof item === 'string' || typeof item === 'number' ? item : undefined
  }
  /** A string, or a number written where text was meant (`"sku": 12345`). */
  const text = (value: unknown): string | undefined => {
    const item = literal(value)
    return item === undefined ? undefined : String(item)
  }
  /** A string property, or the named property of a node (`brand.name`, `image.url`). */
  const named = (value: unknown, ...keys: string[]): string | undefined => {
    const item = one(value)
    if (!isNode(item)) return text(item)
    for (const key of keys) {
      const found = text(item[key])
      if (found !== undefined) return found
    }
    return undefined
  }
  let offer = one(product.offers)
  if (!isNode(offer) && types(product).includes('ProductGroup')) {
    const variant = one(product.hasVariant)
    if (isNode(variant)) offer = one(variant.offers)
  }
  const out: ProductFields = {
    url: text(product.url),
    title: text(product.name),
    text: text(product.description),
    image: named(product.image, 'url', 'contentUrl'),
    sku: text(product.sku),
    brand: named(product.brand, 'name'),
  }
  if (!isNode(offer)) return out
  const specs = (Array.isArray(offer.priceSpecification) ? offer.priceSpecification : [offer.priceSpecification])
    .slice(0, 20).map(one).filter(isNode)
  const list = specs.find((spec) => LIST_PRICE.has(term(one(spec.priceType)) ?? ''))
  const sale = specs.find((spec) => spec !== list && !LIST_PRICE.has(term(one(spec.priceType)) ?? ''))
  // AggregateOffer: the lowest price stands for the range
  const price = literal(offer.price) ?? literal(offer.lowPrice) ?? literal(sale?.price)
  const stock = one(offer.inventoryLevel)
  return {
    ...out,
    price,
    currency: text(offer.priceCurrency) ?? text(sale?.priceCurrency) ?? text(list?.priceCurrency),
    originalPrice: literal(list?.price),
    deadline: literal(offer.priceValidUntil),
    // inventoryLevel is a QuantitativeValue in schema.org, often written as a bare number
    stock: isNode(stock) ? literal(stock.value) : literal(stock),
  }
}
