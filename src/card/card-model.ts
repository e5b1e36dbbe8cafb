import type { Product } from '../types'
import type { Locale } from '../i18n/locale'
import type { CardModel } from '../ui/card'
import { offer } from './offer'
import { formatDeadline, formatTimeLeft } from './format-time'
import { formatDiscount, formatPrice } from '../share/copy-values'
import { numberFormat } from '../share/formats'

export interface CardState {
  /** BCP 47 tag for prices and times. */
  tag: string
  /** The widget's time (the server's, where given). */
  now: number
  threshold: number
  /** Units sold, from the merchant. */
  sold?: number
  /** The shopper paused the ticking (or prefers reduced motion): the absolute deadline shows. */
  paused: boolean
}

/**
 * The preview card at one moment, every string formatted; when it next needs drawing (ms:
 * when the shown second changes, it being rounded down, else the next minute, and exactly at
 * the deadline, so every card ticks on one beat); and the time left (0 once ended).
 */
export const cardModel = (product: Product, locale: Locale, { tag, now, threshold, sold, paused }: CardState): [card: CardModel, next: number, left: number] => {
  const { title, image, price, originalPrice, currency, deadline } = product
  const { discount, left, ended, low, soldOut } = offer(product, now, threshold)
  const ticking = left != null && left < 86_400_000
  const count = numberFormat(tag)
  const card: CardModel = {
    title, image, ticking, paused, ended,
    price: price == null ? undefined : formatPrice(price, tag, currency),
    originalPrice: discount ? formatPrice(originalPrice!, tag, currency) : undefined,
    discount: discount ? formatDiscount(discount, tag) : undefined,
    deadline: left == null ? undefined : new Date(deadline!).toISOString(),
    time: left == null ? undefined : paused ? formatDeadline(deadline!, tag) : formatTimeLeft(left, tag),
    // Counts in the locale's digits, as the price is.
    stock: soldOut ? locale.soldOut : low && !ended ? locale.left.replace('{0}', count.format(low)) : undefined,
    sold: sold == null ? undefined : locale.sold.replace('{0}', count.format(sold)),
  }
  const next = left == null ? Infinity : Math.min(left, ticking && !paused ? left % 1000 || 1000 : 60_000)
  return [card, next, ended ? 0 : left ?? Infinity]
}
