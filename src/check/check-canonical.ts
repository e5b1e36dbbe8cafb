import { readHead } from '../product/read-head'
import { finding, type Finding } from './finding'

/**
 * Whether the page names its canonical URL, the one address of the product that shared links
 * should carry, rather than whatever the address bar holds (filters, sessions, campaign tags).
 *
 * @example checkCanonical(document).level // 'warning' without <link rel="canonical">
 */
export const checkCanonical = (doc: Document): Finding => {
  // As the widget reads it: the document's canonical link's href (null without one on the link).
  const href = readHead(doc)[1]!.url as string | null | undefined
  const fix = 'Add <link rel="canonical" href="https://…/the-product"> to the <head>, naming the product\'s one address.'
  if (href === undefined) {
    return finding('canonical', 'warning',
      'The page has no <link rel="canonical">: without it (or og:url, or a JSON-LD url) links are shared with the address the shopper happens to be on, filters and campaign tags included, and search engines may index every variant.', fix)
  }
  let url: URL | undefined
  try {
    url = new URL(href ?? '', doc.baseURI)
  } catch { /* not a URL */ }
  return url && /^https?:$/.test(url.protocol) && href
    ? finding('canonical', 'ok', `The page names its canonical URL: ${url.href}.`)
    : finding('canonical', 'warning', `<link rel="canonical"> has no usable http(s) address (href="${href ?? ''}"), so it is ignored.`, fix)
}
