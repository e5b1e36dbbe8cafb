import type { Channel } from '../channels/channel'
import type { Product, ShareData } from '../types'
import type { Locale } from '../i18n/locale'
import { sharedUrl } from './shared-url'
import { renderCopy, type CopyValues } from './render-copy'
import { fitText } from './fit-text'

export interface ShareInput {
  channel: Channel
  product: Product
  locale: Locale
  values: CopyValues
  campaign: string
  /** The `refParam` option. */
  ref?: string | undefined
  /** An "Ask my friends" share. */
  ask?: boolean | undefined
  shareId: string
  templates: Partial<Record<string, string>>
}

/**
 * What one channel shares: the attributed link, the title, and the copy from the channel's
 * template (its own, else the widget's default, else the locale's for the channel's scope),
 * fitted to the channel's limit.
 */
export const shareData = ({ channel, product, locale, values, campaign, ref, ask, shareId, templates }: ShareInput): ShareData => {
  const url = sharedUrl(product.url, { channel: channel.id, campaign, shareId, ref, ask })
  const template = templates[channel.id] ?? templates.default ?? locale.templates[channel.scope]
  const text = fitText(renderCopy(template, locale.plain, { ...values, url }), url, channel.limit)
  return { url, title: product.title, text, image: product.image }
}
