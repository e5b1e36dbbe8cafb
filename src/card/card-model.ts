import type { Product } from '../types'
import type { Locale } from '../i18n/locale'
import { offerView } from '../share/offer-view'
import { formatTimeLeft } from '../i18n/format-time'
import { numberFormat } from '../i18n/formats'

/** The preview card as the widget shows it; every string already formatted. */
export interface CardModel {
  title: string
  image?: string
  price?: string
  originalPrice?: string
  discount?: string
  /** The deadline as ISO 8601, while the offer runs. */
  deadline?: string
  /** "2 days 5 hours", "04:12:09": the time left; or, when `paused`, the absolute deadline. */
  time?: string
  /** Ticking each second, so the shopper may pause it (WCAG 2.2.2). */
  ticking: boolean
  paused: boolean
  ended: boolean
  /** "Only 3 left", "Sold out". */
  stock?: string
  /** "1,204 sold": a number the merchant gave, never one we make up. */
  sold?: string
}

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
 * when the shown second changes, it being rounded down, else a millisecond past the next hour,
 * when the hours shown change, or in a minute if sooner, and exactly at the deadline, so every
 * card ticks on one beat); and the time left (0 once ended). Without a countdown it is drawn
 * again within the hour, until the deadline.
 */
export const cardModel = (product: Product, locale: Locale, { tag, now, threshold, sold, paused }: CardState): [card: CardModel, next: number, left: number] => {
  const { title, image, deadline } = product
  const view = offerView(product, locale, { tag, now, threshold })
  // No countdown where it means nothing (sold out, a deadline months away: `offer`); the card
  // still changes at the deadline, when its discount goes, and when the countdown starts.
  const { left: toEnd, countdown: left, ended } = view.facts
  const ticking = left != null && left < 86_400_000
  const card: CardModel = {
    title, image, ticking, paused, ended,
    price: view.price,
    originalPrice: view.originalPrice,
    discount: view.discount,
    deadline: left == null ? undefined : new Date(deadline!).toISOString(),
    time: left == null ? undefined : paused ? view.deadline : formatTimeLeft(left, tag),
    stock: view.stock,
    sold: sold == null ? undefined : locale.sold.replace('{0}', numberFormat(tag).format(sold)),
  }
  // (An hour at most where no countdown shows: setTimeout takes no more than 24.8 days.)
  const next = left != null ? Math.min(left, ticking && !paused ? left % 1000 || 1000 : Math.min(60_000, left % 3_600_000 + 1))
    : toEnd != null ? Math.min(toEnd, 3_600_000) : Infinity
  return [card, next, ended ? 0 : toEnd ?? Infinity]
}
