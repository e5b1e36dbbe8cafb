import type { Warn } from '../lib/warn'
import { parseDeadline } from '../product/parse-deadline'
import { parseStock } from '../product/parse-price'
import { shorten } from '../product/resolve-product'
import { cleanLocale } from './clean-locale'

/**
 * How an option that the widget and the server card (`sharecue/og`) share is read: one rule
 * each, one warning shape (`warn(code, …)`), so a value the widget refuses is refused on the
 * server with the same words. `name` is how the caller names it (`data-now` on a page, `now`
 * in `renderCardPng()`). Each returns `undefined` for a value not given, or not valid (warned).
 */
export const optionRules = {
  /** A canonical BCP 47 tag (`en-us` → `en-US`); SC108 for what is none. */
  locale: cleanLocale,
  /** A moment (ISO 8601 with an offset, a Date, epoch ms), as epoch ms; SC104 for what is none. */
  moment(value: unknown, name: string, warn: Warn): number | undefined {
    if (value == null || value === '') return
    const moment = parseDeadline(value)
    if (moment == null) warn('SC104', name, shorten(value))
    return moment
  },
  /** A count from 0 up (a stock threshold, units sold); SC115 for what is none. */
  count(value: unknown, name: string, warn: Warn): number | undefined {
    if (value == null || value === '') return
    const count = parseStock(value)
    if (count == null) warn('SC115', name, shorten(value))
    return count
  },
}
