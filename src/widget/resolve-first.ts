import type { MountOptions, Product } from '../types'
import type { Warn } from '../lib/warn'
import { readAttributes } from '../config/read-attributes'
import { firstOptions, setsLater, type WidgetOptions } from '../config/first-options'
import type { GlobalConfig } from '../config/global-config'
import { readProduct, type OfferRules } from '../product/read-product'
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
  /**
   * Read by the first stage alone (`resolveFirst`): the offer was not read, and `later` says
   * whether the widget sets an option only the full widget reads (it then wants it at once).
   */
  first?: { later: boolean }
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

/** What the full widget reads besides: `resolve-widget.ts`. */
export interface Rest {
  options: (merged: MountOptions, doc: Document, warn: Warn, now: number, config?: ResolveContext['config']) => WidgetOptions
  offer: OfferRules
}

/**
 * The one cascade: `given` options over the target's `data-*` attributes over the page's
 * JSON-LD, Open Graph and document; own properties only (a polluted `Object.prototype` sets
 * nothing). Pure but for `visitor`. Without `rest` (the script tag's first stage) it reads
 * neither the offer (prices, deadline, stock: no parsing, no warning about them yet) nor the
 * options only the full widget reads; `resolveWidget` reads everything.
 */
export const resolveFirst = (target: Element, given: MountOptions, { page, warn, now, visitor, config }: ResolveContext, rest?: Rest): WidgetState => {
  const doc = target.ownerDocument
  const merged = { __proto__: null, ...readAttributes(target), ...given }
  const options = rest ? rest.options(merged, doc, warn, now, config) : firstOptions(merged, doc, warn, config)
  const names = Object.keys(options.variants)
  const variant = options.variant ?? (names.length ? assignVariant(names, visitor()) : undefined)
  return {
    options,
    product: readProduct(merged, doc, page, warn, rest?.offer),
    variant,
    templates: variantTemplates(options.templates, variant ? options.variants[variant]! : {}),
    ...(rest ? {} : { first: { later: setsLater(merged) } }),
  }
}
