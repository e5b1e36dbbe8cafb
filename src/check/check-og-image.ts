import { readHead } from '../product/read-head'
import { finding, type Finding } from './finding'

/**
 * Whether the page has an `og:image` with an absolute http(s) URL: the picture that Facebook,
 * WhatsApp, X, LinkedIn and chat apps show in the preview of a shared link (https://ogp.me).
 *
 * @example checkOgImage(document).level // 'warning' without og:image
 */
export const checkOgImage = (doc: Document): Finding => {
  const fix = 'Add <meta property="og:image" content="https://…/photo.jpg"> to the <head>: an absolute URL, 1200×630 pixels or larger.'
  // As the widget reads it: the first og:image, by `property` or `name` (null without `content`).
  const image = readHead(doc)[0]!.image as string | null | undefined
  if (image === undefined) {
    return finding('og-image', 'warning', 'The page has no og:image, so links shared from it show no picture in social networks and chat apps.', fix)
  }
  const content = (image ?? '').trim()
  return /^https?:\/\/[^/]/i.test(content)
    ? finding('og-image', 'ok', `The page has an og:image: ${content}.`)
    : finding('og-image', 'warning', `og:image "${content}" is not an absolute http(s) URL, which link previews need, so shared links show no picture.`, fix)
}
