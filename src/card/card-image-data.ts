import type { Product } from '../types'
import type { Locale } from '../i18n/locale'
import { lowStock } from '../product/offer'
import { offerView } from '../share/offer-view'
import { formatCardDeadline } from '../i18n/format-card-deadline'
import type { CardImageData } from './card-layout'

export interface CardImageOptions {
  /** BCP 47 tag for prices and dates. */
  tag: string
  /** The moment the image shows (the server's time on a server). */
  now: number
  /** The time zone the deadline is written in: the viewer's in a browser; pass the shop's on a server. */
  timeZone?: string
  threshold?: number
}

/**
 * What the card image shows of a product: the same honest facts as the card in the page,
 * with the deadline as an absolute date and time, never a ticking time, as platforms cache
 * images ("Ends 1 Dec, 23:59 CET").
 */
export const cardImageData = (product: Product, locale: Locale, { tag, now, timeZone, threshold = lowStock }: CardImageOptions): CardImageData => {
  const { title, brand, image, deadline, url } = product
  const view = offerView(product, locale, { tag, now, threshold, timeZone })
  const { ended } = view.facts
  let site: string | undefined
  try { site = new URL(url).host } catch { /* no host to show */ }
  return {
    title, brand, image, site, ended,
    rtl: locale.dir === 'rtl',
    price: view.price,
    originalPrice: view.originalPrice,
    discount: view.discount,
    deadline: deadline == null ? undefined : ended ? locale.ended : locale.ends.replace('{0}', formatCardDeadline(deadline, tag, now, timeZone)),
    stock: view.stock,
  }
}
