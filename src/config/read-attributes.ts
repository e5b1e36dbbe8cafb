import type { MountOptions } from '../types'

/**
 * Reads a target's `data-*` attributes as mount options: `data-original-price` is
 * `originalPrice`, and so on (contract §3, and the options in README). Share copy comes from
 * `data-template` (every channel) and `data-template-<channel>` (`data-template-x`).
 * Attributes that are no option are ignored later, where options are read.
 */
export const readAttributes = (el: Element): MountOptions => {
  const out: Record<string, unknown> = { ...(el as HTMLElement).dataset }
  const templates: Record<string, string> = {}
  for (const key in out) {
    if (key.startsWith('template')) {
      templates[key.slice(8).toLowerCase() || 'default'] = out[key] as string
      delete out[key]
    }
  }
  for (const _ in templates) return { ...out, templates }
  return out
}
