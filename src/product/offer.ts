import type { Product } from '../types'

import { lowStock } from './low-stock'

export { lowStock } from './low-stock'

/** What is true about an offer at one moment: the facts every urgency cue must rest on. */
export interface Offer {
  /** Percent off, whole and rounded down (24.6 % is "-24%": never more than the truth). */
  discount?: number
  /** Milliseconds to the deadline; absent without a deadline or once it has passed. */
  left?: number
  /**
   * `left`, where a countdown means something: not for a sold-out product (nothing left to hurry
   * for), nor for a deadline more than 31 days away (no urgency, and often a placeholder: shop
   * software writes the end of next year into JSON-LD `priceValidUntil` of every product).
   */
  countdown?: number
  /** The deadline has passed: every urgency cue goes, and so do the offer's prices. */
  ended: boolean
  /** Units left, when the merchant says and they are few. */
  low?: number
  soldOut: boolean
}

/** The furthest deadline a countdown shows, in days. */
export const countdownDays = 31

/**
 * The offer at `now` (epoch ms; pass the server's time to correct a wrong client clock).
 * Nothing is made up: no deadline, no countdown; no stock, no stock cue.
 *
 * @example offer({ url, title, price: 75, originalPrice: 100, stock: 3 }, Date.now()) // { discount: 25, low: 3, … }
 */
export const offer = (product: Product, now: number, threshold = lowStock): Offer => {
  const { price, originalPrice, deadline, stock } = product
  const ended = deadline != null && now >= deadline
  // 1e-9: the division's rounding error, not a real part of a percent (71 of 100 is
  // 28.999999999999996 % off in floating point, which rounded down showed -28%)
  const off = price != null && originalPrice != null && originalPrice > price && !ended
    ? Math.floor(((originalPrice - price) / originalPrice) * 100 + 1e-9)
    : 0
  const left = deadline != null && !ended ? deadline - now : undefined
  return {
    discount: off >= 1 ? off : undefined,
    left,
    countdown: left != null && left <= countdownDays * 86_400_000 && stock !== 0 ? left : undefined,
    ended,
    low: stock != null && stock > 0 && stock <= threshold ? stock : undefined,
    soldOut: stock === 0,
  }
}
