import type { ProductFields } from './product-fields'
import { byTag } from '../lib/dom'

/**
 * The last two sources of the cascade (contract §3, steps 3 and 4), from the page's head:
 *
 * 1. Open Graph and `product:` tags (https://ogp.me): `og:url`, `og:title`,
 *    `og:description`, `og:image`, `product:price:amount`, `product:price:currency`;
 * 2. the document: `<link rel="canonical">` (the caller falls back to the page URL),
 *    `document.title` and `<meta name="description">`.
 *
 * A tag is found by `property` (the standard) or `name` (a common mistake that crawlers
 * accept); the first one wins, as `og:image` may repeat. Values are returned as written;
 * `resolveProduct` validates them.
 *
 * @example const [openGraph, page] = readHead(document)
 */
export const readHead = (doc: Document): ProductFields[] => {
  // One pass over the tags, not a selector per field: a selector scans the whole page, and a
  // category page asks once per widget.
  const found = new Map<string, string | null>()
  for (const meta of byTag(doc, 'meta')) {
    for (const name of [meta.getAttribute('property'), meta.getAttribute('name')]) {
      if (name && !found.has(name)) found.set(name, meta.getAttribute('content'))
    }
  }
  const tag = (name: string) => found.get(name)
  // link types are ASCII case-insensitive, and `rel` may hold several
  const canonical = byTag(doc, 'link')
    .find((link) => (link.getAttribute('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/).indexOf('canonical') > -1)
  return [{
    url: tag('og:url'),
    title: tag('og:title'),
    text: tag('og:description'),
    image: tag('og:image'),
    price: tag('product:price:amount'),
    currency: tag('product:price:currency'),
  }, {
    url: canonical?.getAttribute('href'),
    title: doc.title,
    text: tag('description'),
  }]
}
