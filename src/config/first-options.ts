import type { ChannelId, Layout, MountOptions, Theme } from '../types'
import { isChannelId } from '../channels/registry'
import type { GlobalConfig } from './global-config'
import type { Warn } from '../lib/warn'
import { lowStock } from '../product/low-stock'
import { shorten } from '../product/resolve-product'
import { cleanLocale } from './clean-locale'
import { rootOf, viewOf } from '../lib/dom'

export { cleanLocale } from './clean-locale'

/** A widget's options other than the product, validated. */
export interface WidgetOptions {
  /** Channels asked for, in order; `undefined` means the locale's default set. */
  channels?: ChannelId[]
  locale: string
  campaign: string
  /** `refParam`: the name of a parameter shared links also carry the share id in. */
  ref?: string
  layout: Layout
  theme: Theme
  group: boolean
  card: boolean
  templates: Partial<Record<string, string>>
  mastodon?: string
  facebookAppId?: string
  /** The server's time minus this clock's, in ms, from the `now` option (0 without it). */
  skew: number
  /** Stock at or below this is low. */
  threshold: number
  /** A URL template with `{url}` through which the card image fetches a cross-origin photo. */
  imageProxy?: string
  /** Units sold, from the merchant: the only social proof the card shows. */
  sold?: number
  /** A/B copy: variant name → its templates (empty: the widget's own copy). */
  variants: Record<string, Partial<Record<string, string>>>
  /** The variant asked for by name (previews), one of `variants`. */
  variant?: string
  /** "Ask my friends" (`ask`): read by the full widget only. */
  ask?: boolean
  /** The friend's prompt even for an ask this browser made (`askAsFriend`, demos): read by the full widget only. */
  askAsFriend?: boolean
}

/**
 * The options only the full widget reads (`resolve-options.ts`): the Mastodon instance, the
 * server's time, the stock threshold, units sold, the image proxy and "Ask my friends". The script tag's first
 * stage gives them their defaults, and a widget that sets one loads the full widget at once,
 * which reads them (and warns about them).
 */
export const laterOptions = ['mastodon', 'now', 'stockThreshold', 'sold', 'imageProxy', 'ask'] as const

/** Whether merged options set one of `laterOptions`. */
export const setsLater = (options: MountOptions): boolean =>
  laterOptions.some((key) => options[key] != null && options[key] !== '')

/** Reads a boolean option or attribute: `true`, `"true"`, `""` (a bare attribute) and `"1"` are true. */
export const toBool = (value: unknown): boolean => value === true || value === '' || value === 'true' || value === '1'

/** One of `allowed`, else the first (the default), with SC107 for a value that is none of them. */
const oneOf = <T extends string>(name: string, value: unknown, allowed: T[], warn: Warn): T => {
  if (allowed.indexOf(value as T) > -1) return value as T
  if (value) warn('SC107', name, shorten(value), allowed)
  return allowed[0]!
}

/**
 * Text an option gives, trimmed and at most `max` characters (SC106 beyond). Longest kept:
 * a campaign is a name (100); copy longer than 1000 is a mistake, not copy.
 */
export const cleanOption = (name: string, value: unknown, warn: Warn, max = 1000): string | undefined => {
  const text = typeof value == 'string' ? value.trim() : ''
  if (text.length > max) warn('SC106', name, max)
  return text.slice(0, max) || undefined
}

/** Channel ids from an array or a comma-separated string, unknown and repeated ones dropped. */
export const cleanChannels = (value: unknown, warn: Warn): ChannelId[] | undefined => {
  if (value == null) return
  const out: ChannelId[] = []
  for (const item of typeof value == 'string' ? value.split(',') : ([] as unknown[]).concat(value)) {
    const id = shorten(item).trim().toLowerCase()
    if (!isChannelId(id)) id && warn('SC101', id.slice(0, 40))
    else if (out.indexOf(id) > -1) warn('SC109', id)
    else out.push(id)
  }
  return out
}

/** A/B copy variants: valid names (SC112) with their templates, text only. */
const cleanVariants = (value: unknown, warn: Warn): WidgetOptions['variants'] => {
  // No prototype: a variant named "constructor" is only ever the merchant's own.
  const out: WidgetOptions['variants'] = Object.create(null)
  if (!value || typeof value != 'object' || Array.isArray(value)) return out
  for (const [name, copy] of Object.entries(value)) {
    if (!/^[a-z0-9]{1,32}$/.test(name)) {
      warn('SC112', name.slice(0, 40))
      continue
    }
    // A string is the variant's copy for every channel.
    const templates: Record<string, string> = Object.create(null)
    for (const [key, text] of Object.entries(typeof copy == 'string' ? { default: copy } : copy ?? {})) {
      const clean = cleanOption(`variant ${name} template ${key}`, text, warn)
      if (clean) templates[key] = clean
    }
    out[name] = templates
  }
  return out
}

/**
 * Validates a widget's merged options (mount options over attributes) but `laterOptions`,
 * which keep their defaults; the window's global options give the locale and campaign a
 * widget does not set. The script tag's first stage reads a widget with this alone.
 */
export const firstOptions = (options: MountOptions, doc: Document, warn: Warn, globalConfig: Pick<GlobalConfig, 'locale' | 'campaign'> = { campaign: 'sharecue' }): WidgetOptions => {
  // No prototype: a channel without copy of its own finds none on a polluted Object.prototype.
  const templates: Record<string, string | undefined> = Object.create(null)
  for (const [key, text] of Object.entries(options.templates ?? {})) templates[key] = cleanOption('template ' + key, text, warn)
  // Text the merchant gave this widget is its share copy, unless a template says otherwise;
  // the page's own description (often long, written for search) is only `{text}`.
  templates.default ??= cleanOption('text', options.text, () => {})
  const appId = options.facebookAppId
  const variants = cleanVariants(options.variants, warn)
  const variant = cleanOption('variant', options.variant, warn, 32)
  if (variant && !(variant in variants)) warn('SC113', variant, Object.keys(variants).join(', ') || 'no variants')
  if (appId && !/^\d+$/.test(appId)) warn('SC107', 'facebookAppId', appId, 'digits')
  // A name of its own: utm_* and scid are the link's attribution already.
  const ref = options.refParam
  const refOk = /^(?!utm_|scid$|scask$)[a-z][\w-]{0,31}$/i.test(ref ?? '')
  if (ref && !refOk) warn('SC107', 'refParam', shorten(ref), 'a parameter name such as ref')
  return {
    channels: cleanChannels(options.channels, warn),
    // A page's `lang` written with an underscore (`de_DE`, as some templates do) says its
    // language all the same; one that is no tag at all is as none: the browser's comes next.
    locale: cleanLocale(options.locale, warn) ?? globalConfig.locale
      ?? cleanLocale(rootOf(doc)?.lang?.replace(/_/g, '-'), () => {}) ?? cleanLocale(viewOf(doc)?.navigator.language, () => {}) ?? 'en',
    campaign: cleanOption('campaign', options.campaign, warn, 100) ?? globalConfig.campaign,
    ref: refOk ? ref : undefined,
    layout: oneOf('layout', options.layout, ['labels', 'icons', 'pills'], warn),
    theme: oneOf('theme', options.theme, ['auto', 'light', 'dark'], warn),
    group: toBool(options.group),
    card: toBool(options.card),
    templates,
    facebookAppId: /^\d+$/.test(appId ?? '') ? appId : undefined,
    skew: 0,
    threshold: lowStock,
    variants,
    variant: variant && variant in variants ? variant : undefined,
  }
}
