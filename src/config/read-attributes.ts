import type { MountOptions } from '../types'

/**
 * Reads a target's `data-*` attributes as mount options: `data-original-price` is
 * `originalPrice`, and so on (contract §3, and the options in README), named as `dataset` names
 * them. Share copy comes from `data-template` (every channel) and `data-template-<channel>`
 * (`data-template-x`); A/B copy from `data-variant-<name>` (every channel, empty for the
 * widget's own copy) and `data-variant-<name>-<channel>`. Attributes that are no option are
 * ignored later, where options are read. One pass over the attributes: `dataset` is slow to
 * spread, and a category page reads hundreds of targets.
 */
export const readAttributes = (el: Element): MountOptions => {
  const out: Record<string, unknown> = {}
  const templates: Record<string, string> = {}
  const variants: Record<string, Record<string, string>> = {}
  for (const { name, value } of Array.from(el.attributes ?? [])) {
    if (!name.startsWith('data-')) continue
    // Variant names are read from the attribute itself: camelCase would lose their dashes.
    const [, variant, channel] = /^data-variant-([^-]+)(?:-(.+))?$/.exec(name) ?? []
    if (variant) {
      const copy = (variants[variant] ??= {})
      if (channel) copy[channel] = value
      else if (value) copy.default = value
    } else if (/^data-template(-|$)/.test(name)) templates[name.slice(14) || 'default'] = value
    else out[name.slice(5).replace(/-([a-z])/g, (_, char: string) => char.toUpperCase())] = value
  }
  for (const _ in variants) out.variants = variants
  for (const _ in templates) return { ...out, templates }
  return out
}
