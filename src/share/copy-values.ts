import type { Product } from '../types'
import type { CopyValues } from './render-copy'
import { offerView } from './offer-view'
import { formatTimeLeft } from '../i18n/format-time'
import { plainValues } from './plain-values'
import { numberFormat } from '../i18n/formats'

/**
 * The values share-copy templates may name, as display strings. Unknown data stays absent, and
 * so does the offer once its deadline has passed (`{discount}`, `{originalPrice}`, `{deadline}`,
 * `{timeLeft}`), so a template that names them falls back to plain copy: no "hurry" after the end;
 * nor the deadline and the time left where no countdown shows (`offer`'s `countdown`: sold out,
 * or more than 31 days away). `{stock}` is the units left while
 * they are few (at or below the threshold), as the card's low-stock cue.
 */
export const copyValues = (product: Product, locale: string, now: number, threshold?: number): CopyValues => {
  const { facts, price, originalPrice, discount, deadline } = offerView(product, undefined, { tag: locale, now, threshold })
  const timeLeft = facts.countdown == null ? undefined : formatTimeLeft(facts.countdown, locale)
  // The units left only while they are few, as the card's cue: never "Only 0 left" nor "Only 50 left".
  const stock = facts.low == null || facts.ended ? undefined : numberFormat(locale).format(facts.low)
  return { ...plainValues(product), price, originalPrice, discount, deadline, timeLeft, stock }
}
