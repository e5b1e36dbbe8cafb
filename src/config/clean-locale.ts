import type { Warn } from '../lib/warn'
import { shorten } from '../product/resolve-product'

/** A canonical BCP 47 tag (`en-us` → `en-US`), or undefined (with SC108 when something was given). */
export const cleanLocale = (value: unknown, warn: Warn): string | undefined => {
  try {
    if (value) return Intl.getCanonicalLocales(shorten(value))[0]
  } catch {
    warn('SC108', shorten(value))
  }
}
