import type { MountOptions } from '../types'

/**
 * Reads a target's `data-*` attributes as mount options: `data-original-price` is
 * `originalPrice`, and so on (contract §3, and the options in README). Share copy comes from
 * `data-template` (every channel) and `data-template-<channel>` (`data-template-x`); A/B copy
 * from `data-variant-<name>` (every channel, empty for the widget's own copy) and
 * `data-variant-<name>-<channel>`. Attributes that are no option are ignored later, where
 * options are read.
 */
export const readAttributes = (el: Element): MountOptions => {
  const out: Record<string, unknown> = { ...(el as HTMLElement).dataset }
  const templates: Record<string, string> = {}
  const variants: Record<string, Record<string, string>> = {}
  for (const key in out) {
    if (key.startsWith('template')) {
      templates[key.slice(8).toLowerCase() || 'default'] = out[key] as string
      delete out[key]
    } else if (key.startsWith('variant') && key != 'variant') delete out[key]
  }
  // Names are read from the attribute itself: the dataset's camelCase would lose their dashes.
  for (const { name, value } of Array.from(el.attributes ?? [])) {
    const [, variant, channel] = /^data-variant-([^-]+)(?:-(.+))?$/.exec(name) ?? []
    if (variant) {
      const copy = (variants[variant] ??= {})
      if (channel) copy[channel] = value
      else if (value) copy.default = value
    }
  }
  for (const _ in variants) out.variants = variants
  for (const _ in templates) return { ...out, templates }
  return out
}
