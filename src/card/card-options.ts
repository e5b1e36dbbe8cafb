import type { Locale } from '../i18n/locale'
import { allLocales } from '../i18n/all-locales'
import { matchLocale } from '../i18n/locales'
import { formatError } from '../lib/errors'
import type { Warn } from '../lib/warn'
import { lowStock } from '../product/offer'
import { shorten } from '../product/resolve-product'
import { optionRules } from '../config/option-rules'
import { safeUrl } from '../product/safe-url'

/** How the server card is drawn. */
export interface CardRenderOptions {
  /** BCP 47 tag for labels, prices and dates. Default `'en'`. */
  locale?: string | undefined
  /** The moment the card shows (epoch ms, Date or ISO 8601): decides discount, stock and "ended". Default: now. */
  now?: number | Date | string | undefined
  /** IANA time zone the deadline is written in, the shop's own. Default `'UTC'`. */
  timeZone?: string | undefined
  /** Pixels, 200–4096. Default 1200 × 630 (link previews); 1080 × 1080 for square posts. */
  width?: number | undefined
  height?: number | undefined
  /** Stock at or below this shows "Only N left". Default 5. */
  stockThreshold?: number | string | undefined
  /**
   * The Story format: 1080 × 1920 (unless `width` and `height` say otherwise), with a QR code of
   * `link` and a line telling friends to scan it or use the link sticker. Default `false`.
   */
  story?: boolean | undefined
  /** The Story's QR code: an http(s) URL. Default: the product's URL. */
  link?: string | undefined
  /** Receives each problem found (`[sharecue] SC103: …`); the card is drawn from the rest. Default `console.warn`. */
  onWarning?: ((message: string) => void) | undefined
}

/** What the options come to, every value valid. */
export interface CardSettings {
  tag: string
  locale: Locale
  now: number
  timeZone: string
  width: number
  height: number
  threshold: number
  /** The Story: its QR code's link, or `true` for the product's URL. */
  story?: string | true
  warn: (message: string) => void
}

/** 200 px keeps the smallest text (22 px at 630) legible; 4096² RGBA is 64 MiB for resvg to hold. */
const size = (value: unknown, name: string, fallback: number, warn: Warn): number => {
  if (value == null) return fallback
  if (typeof value == 'number' && value >= 200 && value <= 4096) return Math.round(value)
  warn('SC107', name, shorten(value), 'the numbers 200 to 4096')
  return fallback
}

/**
 * The server card's options, each checked: an invalid one warns once and its default is used.
 * Never throws, whatever it is given (a throwing `onWarning` is ignored).
 */
export const readCardOptions = (options: CardRenderOptions | undefined): CardSettings => {
  // Own options only: a polluted Object.prototype (a classic on servers) sets none of them;
  // a getter that throws is no value.
  const own: Record<string, unknown> = { __proto__: null }
  for (const key of ['locale', 'now', 'timeZone', 'width', 'height', 'stockThreshold', 'story', 'link', 'onWarning']) {
    try {
      if (options && typeof options == 'object' && Object.prototype.hasOwnProperty.call(options, key)) own[key] = (options as Record<string, unknown>)[key]
    } catch { /* no value */ }
  }
  const { locale = 'en', now, timeZone = 'UTC', width, height, stockThreshold, story, link, onWarning = console.warn } = own as CardRenderOptions
  const say = (message: string) => {
    try { onWarning(message) } catch { /* a broken sink must not break the card */ }
  }
  // The widget's warning shape: a code and its details, written out for `onWarning`.
  const warn: Warn = (code, ...args) => say(formatError(code, args))
  const tag = optionRules.locale(locale, warn) ?? 'en'
  let zone = 'UTC'
  try {
    zone = new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone
  } catch {
    warn('SC107', 'timeZone', shorten(timeZone), 'the IANA time zones (e.g. Europe/Berlin)')
  }
  const moment = optionRules.moment(now, 'now', warn)
  const threshold = optionRules.count(stockThreshold, 'stockThreshold', warn)
  return {
    tag,
    locale: allLocales[matchLocale(tag)]!,
    now: moment ?? Date.now(),
    timeZone: zone,
    width: size(width, 'width', story === true ? 1080 : 1200, warn),
    height: size(height, 'height', story === true ? 1920 : 630, warn),
    threshold: threshold ?? lowStock,
    story: story !== true ? undefined : link == null ? true : safeUrl(link) ?? (warn('SC102', 'link', shorten(link)), true),
    warn: say,
  }
}
