import type { ProductFields } from './product-fields'

/** Only these prefixes matter; other meta tags are not remembered. */
const PREFIX = /^(?:og|product):/

/**
 * Open Graph and `product:` meta tags (https://ogp.me), the third source of the cascade
 * (contract §3). Tags are read from `property` (the standard), then `name` (a common
 * mistake that crawlers accept); the first tag of a name wins, as `og:image` may repeat.
 *
 * - url, title, text: `og:url`, `og:title`, `og:description`;
 * - image: `og:image:secure_url`, then `og:image`, then `og:image:url` (the https copy of
 *   the same first image is preferred, to avoid mixed content);
 * - price: `product:sale_price:amount` when on sale, else `product:price:amount`, else
 *   `og:price:amount` (an older form);
 * - originalPrice: `product:original_price:amount` (not in the standard, but common), else
 *   `product:price:amount` when a sale price was taken;
 * - currency: the `:currency` tag beside the amount used, in the same order;
 * - sku, brand: `product:retailer_item_id` and `product:brand` (Facebook's product tags).
 *
 * Values are returned as written; `resolveProduct` validates them.
 *
 * @example readOpenGraph(document).image
 */
export const readOpenGraph = (doc: Document): ProductFields => {
  const byProperty = new Map<string, string>()
  const byName = new Map<string, string>()
  const remember = (map: Map<string, string>, key: string | null, content: string) => {
    const name = key?.trim().toLowerCase()
    if (name && PREFIX.test(name) && !map.has(name)) map.set(name, content)
  }
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content')!
    if (!content.trim()) continue
    remember(byProperty, meta.getAttribute('property'), content)
    remember(byName, meta.getAttribute('name'), content)
  }
  const tag = (...names: string[]): string | undefined => {
    for (const name of names) {
      const content = byProperty.get(name) ?? byName.get(name)
      if (content !== undefined) return content
    }
    return undefined
  }
  const sale = tag('product:sale_price:amount')
  return {
    url: tag('og:url'),
    title: tag('og:title'),
    text: tag('og:description'),
    image: tag('og:image:secure_url', 'og:image', 'og:image:url'),
    price: sale ?? tag('product:price:amount', 'og:price:amount'),
    currency: sale === undefined
      ? tag('product:price:currency', 'og:price:currency')
      : tag('product:sale_price:currency', 'product:price:currency', 'og:price:currency'),
    originalPrice: tag('product:original_price:amount') ?? (sale === undefined ? undefined : tag('product:price:amount')),
    sku: tag('product:retailer_item_id'),
    brand: tag('product:brand'),
  }
}
