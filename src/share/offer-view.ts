import type { Product } from '../types'
import type { Locale } from '../i18n/locale'
import { offer, lowStock, type Offer } from '../product/offer'
import { formatDeadline } from '../i18n/format-time'
import { formatDiscount, formatPrice } from '../i18n/format-price'
import { numberFormat } from '../i18n/formats'

/** How an offer is shown, at one moment, in one locale. */
export interface OfferOptions {
  /** BCP 47 tag for prices, counts and dates. */
  tag: string
  /** The moment shown (the server's time where given). */
  now: number
  /** Stock at or below this is low. */
  threshold?: number
  /** The time zone the deadline is written in; the viewer's by default. */
  timeZone?: string
}

/**
 * The offer as every surface shows it: the card, the share copy, the card image. The ticking
 * time left is the countdown's own (`formatTimeLeft` of `facts.countdown`): images never tick.
 */
export interface OfferView {
  /** The facts every string below rests on. */
  facts: Offer
  price?: string
  /** The price before the discount, only while there is a discount. */
  originalPrice?: string
  /** `-25%`, as the locale writes it. */
  discount?: string
  /** The deadline as a date and time ("1 Dec, 23:59 CET"), where a countdown shows (`facts.countdown`). */
  deadline?: string
  /** "Only 3 left", "Sold out", in the locale's words and digits, where a table is given. */
  stock?: string
}

/**
 * One product's offer, formatted once for every surface, so the card, the copy and the image
 * never disagree: no discount without both prices, no deadline or low stock once it has ended.
 *
 * @example offerView({ url, title, price: 75, originalPrice: 100 }, en, { tag: 'en', now: Date.now() }).discount // '-25%'
 */
export const offerView = (product: Product, locale: Locale | undefined, { tag, now, threshold = lowStock, timeZone }: OfferOptions): OfferView => {
  const { price, originalPrice, currency, deadline } = product
  const facts = offer(product, now, threshold)
  const { discount, countdown, low, ended, soldOut } = facts
  return {
    facts,
    price: price == null ? undefined : formatPrice(price, tag, currency),
    originalPrice: discount ? formatPrice(originalPrice!, tag, currency) : undefined,
    discount: discount ? formatDiscount(discount, tag) : undefined,
    deadline: countdown == null ? undefined : formatDeadline(deadline!, tag, timeZone),
    // Counts in the locale's digits, as the price is.
    stock: !locale ? undefined : soldOut ? locale.soldOut : low && !ended ? locale.left.replace('{0}', numberFormat(tag).format(low)) : undefined,
  }
}
