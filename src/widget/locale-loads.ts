import type { Warn } from '../lib/warn'
import type { Locale } from '../i18n/locale'
import { localeFailed, localeFor, loadLocale, localeTried } from '../i18n/load-locale'

/**
 * Makes sure a widget can draw in `tag`: a table at hand (English always is) draws at once;
 * another draws once its first try is over, in English where that failed, and again should a
 * later try bring it; so does a widget that starts while English stands in (the script tag's
 * full widget taking over). `drawn()` is the table the widget last drew with.
 */
export const ensureLocale = (tag: string, warn: Warn, draw: () => void, drawn: () => Locale | undefined): void => {
  if (localeFor(tag) && !localeFailed(tag)) return
  localeTried(tag, warn).then(() => {
    draw()
    loadLocale(tag, warn).then((table) => table !== drawn() && draw())
  })
}
