import { safeUrl } from './safe-url'

/**
 * The URL that relative URLs on the page resolve against: the first `<base href>`, itself
 * resolved against the page's `href` (the HTML spec's document base URL), else `href`.
 *
 * @example baseUrl(document, location.href)
 */
export const baseUrl = (doc: Document, href: string): string => {
  const base = doc.querySelector('base[href]')?.getAttribute('href')
  return safeUrl(base, href) ?? href
}
