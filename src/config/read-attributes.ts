import type { MountOptions } from '../types'

/** Per-target attributes (contract §3) and our own, as `dataset` keys → option names. */
const names = [
  'channels', 'url', 'title', 'text', 'image', 'price', 'currency', 'originalPrice', 'deadline',
  'stock', 'sku', 'card', 'locale', 'campaign', 'layout', 'theme', 'group', 'mastodon',
  'facebookAppId', 'widgetId',
] as const

/**
 * Reads a target's `data-*` attributes as mount options. Templates come from
 * `data-template` (every channel) and `data-template-<channel>` (`data-template-x`).
 */
export const readAttributes = (el: Element): MountOptions => {
  const data = (el as HTMLElement).dataset
  const out: Record<string, unknown> = {}
  if (!data) return out
  for (const name of names) if (data[name] != null) out[name] = data[name]
  const templates: Record<string, string> = {}
  for (const key in data) {
    if (key.startsWith('template')) {
      templates[key === 'template' ? 'default' : key.slice(8).toLowerCase()] = data[key]!
    }
  }
  for (const _ in templates) { out.templates = templates; break }
  return out
}
