import type { ChannelId, Layout, MountOptions, Theme } from '../types'
import { isChannelId } from '../channels/registry'
import { instanceHost } from '../channels/mastodon'
import { globalConfig } from './global-config'
import { toBool } from './to-bool'
import type { Warn } from './warn'

/** A widget's options other than the product, validated. */
export interface WidgetOptions {
  /** Channels asked for, in order; `undefined` means the locale's default set. */
  channels?: ChannelId[]
  locale: string
  campaign: string
  layout: Layout
  theme: Theme
  group: boolean
  card: boolean
  templates: Partial<Record<string, string>>
  mastodon?: string
  facebookAppId?: string
}

/** Longest template kept: copy longer than any channel takes is a mistake, not copy. */
const maxTemplate = 1000

/** One of `allowed`, else the first (the default), with SC107 for a value that is none of them. */
const oneOf = <T extends string>(name: string, value: unknown, allowed: T[], warn: Warn): T => {
  if (value && !allowed.includes(value as T)) warn('SC107', name, value, allowed.join(', '))
  return allowed.includes(value as T) ? value as T : allowed[0]!
}

/** A canonical BCP 47 tag, or undefined with SC108. */
export const cleanLocale = (value: unknown, warn: Warn): string | undefined => {
  if (!value) return
  try {
    return Intl.getCanonicalLocales(String(value))[0]
  } catch {
    warn('SC108', String(value).slice(0, 40))
  }
}

/** A campaign name: trimmed, at most 100 characters. */
export const cleanCampaign = (value: unknown, warn: Warn): string | undefined => {
  const text = value == null ? '' : String(value).trim()
  if (text.length > 100) warn('SC106', 'campaign', 100)
  return text.slice(0, 100) || undefined
}

/** Channel ids from an array or a comma-separated string, unknown and repeated ones dropped. */
export const cleanChannels = (value: unknown, warn: Warn): ChannelId[] | undefined => {
  if (value == null) return
  const out: ChannelId[] = []
  for (const item of typeof value === 'string' ? value.split(',') : ([] as unknown[]).concat(value)) {
    const id = String(item).trim().toLowerCase()
    if (!id) continue
    if (!isChannelId(id)) warn('SC101', id.slice(0, 40))
    else if (out.includes(id)) warn('SC109', id)
    else out.push(id)
  }
  return out
}

/** Validates a widget's merged options (mount options over attributes). */
export const resolveOptions = (options: MountOptions, doc: Document, warn: Warn): WidgetOptions => {
  const templates: Partial<Record<string, string>> = {}
  const given = (options.templates ?? {}) as Record<string, unknown>
  for (const key in given) {
    const text = given[key]
    if (typeof text !== 'string' || !text.trim()) continue
    if (text.length > maxTemplate) warn('SC106', 'template ' + key, maxTemplate)
    templates[key] = text.slice(0, maxTemplate)
  }
  // Text the merchant gave this widget is its share copy, unless a template says otherwise;
  // the page's own description (often long, written for search) is only `{text}`.
  if (!templates.default && typeof options.text === 'string' && options.text.trim()) {
    templates.default = options.text.trim().slice(0, maxTemplate)
  }
  const mastodon = instanceHost(options.mastodon)
  if (options.mastodon && !mastodon) warn('SC303', String(options.mastodon).slice(0, 80))
  const appId = String(options.facebookAppId ?? '').trim()
  const validAppId = /^\d{5,20}$/.test(appId)
  if (appId && !validAppId) warn('SC107', 'facebookAppId', appId.slice(0, 40), 'digits')
  return {
    channels: cleanChannels(options.channels, warn),
    locale: cleanLocale(options.locale, warn) ?? globalConfig.locale
      ?? cleanLocale(doc.documentElement.lang || doc.defaultView?.navigator.language, () => {}) ?? 'en',
    campaign: cleanCampaign(options.campaign, warn) ?? globalConfig.campaign,
    layout: oneOf('layout', options.layout, ['labels', 'icons', 'pills'], warn),
    theme: oneOf('theme', options.theme, ['auto', 'light', 'dark'], warn),
    group: !!toBool(options.group),
    card: !!toBool(options.card),
    templates,
    mastodon,
    facebookAppId: validAppId ? appId : undefined,
  }
}
