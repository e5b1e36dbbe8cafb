import type { MountOptions, Product } from '../types'
import type { Warn } from '../lib/warn'
import { readAttributes } from '../config/read-attributes'
import { resolveOptions, type WidgetOptions } from '../config/resolve-options'
import type { GlobalConfig } from '../config/global-config'
import { resolveProduct } from '../product/resolve-product'
import { variantTemplates } from '../share/variant-templates'
import { assignVariant } from '../events/visitor'

/** What a widget shows, resolved from its options, its target's attributes and the page. */
export interface WidgetState {
  options: WidgetOptions
  product: Product
  /** The A/B variant shown, if the widget has variants. */
  variant?: string
  /** The share copy of that variant: channel id (or `default`) → template. */
  templates: Partial<Record<string, string>>
}

export interface ResolveContext {
  /** The page's address, the product URL of last resort. */
  page: string
  warn: Warn
  /** The widget's clock (epoch ms). */
  now: number
  /** This visitor's random id, asked for only where the widget has variants. */
  visitor: () => string
  /** The window's global options: the locale and campaign a widget does not set. */
  config?: Pick<GlobalConfig, 'locale' | 'campaign'>
}

/**
 * The one cascade: `given` options over the target's `data-*` attributes over the page's
 * JSON-LD, Open Graph and document; own properties only (a polluted `Object.prototype` sets
 * nothing). Pure but for `visitor`; called by the widget and by the playground's previews.
 *
 * @example resolveWidget(el, { channels: ['x'] }, { page: location.href, warn, now: Date.now(), visitor }).product.title
 */
export const resolveWidget = (target: Element, given: MountOptions, { page, warn, now, visitor, config }: ResolveContext): WidgetState => {
  const doc = target.ownerDocument
  const merged = { __proto__: null, ...readAttributes(target), ...given }
  const options = resolveOptions(merged, doc, warn, now, config)
  const names = Object.keys(options.variants)
  const variant = options.variant ?? (names.length ? assignVariant(names, visitor()) : undefined)
  return {
    options,
    product: resolveProduct(merged, doc, page, warn),
    variant,
    templates: variantTemplates(options.templates, variant ? options.variants[variant]! : {}),
  }
}
