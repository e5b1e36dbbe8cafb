import { baseUrl } from './base-url'
import type { ProductFields } from './product-fields'
import { safeUrl } from './safe-url'

/** Whether a space-separated `rel` list holds `token` (link types are ASCII case-insensitive). */
const hasRel = (rel: string, token: string): boolean =>
  rel.toLowerCase().split(/\s+/).includes(token)

/**
 * The last source of the cascade (contract §3, step 4): the URL from
 * `<link rel="canonical">`, resolved, else `href`; the title from `document.title`; the
 * text from `<meta name="description">`. `url` is always set: `href` when the canonical
 * link is missing or not http(s).
 *
 * @example readDocument(document, location.href).url
 */
export const readDocument = (doc: Document, href: string): ProductFields => {
  let url: string | undefined
  for (const link of doc.querySelectorAll('link[rel][href]')) {
    if (hasRel(link.getAttribute('rel')!, 'canonical')) {
      url = safeUrl(link.getAttribute('href'), baseUrl(doc, href))
      break
    }
  }
  let text: string | undefined
  for (const meta of doc.querySelectorAll('meta[name][content]')) {
    if (meta.getAttribute('name')!.trim().toLowerCase() === 'description') {
      text = meta.getAttribute('content')!
      break
    }
  }
  return { url: url ?? href, title: doc.title, text }
}
