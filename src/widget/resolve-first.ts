import type { MountOptions, Product } from '../types'
import type { Warn } from '../lib/warn'
import { readAttributes } from '../config/read-attributes'
import { firstOptions, setsLater, toBool, type WidgetOptions } from '../config/first-options'
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
  /** A preview's (a forced variant, the `preview` option): its events say `preview: true`. */
  preview?: true | undefined
  /**
   * Read by the first stage alone (`resolveInSteps` without `readOptions`): `later` says whether the widget sets an
   * option only the full widget reads (it then wants the full widget at once).
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

/** Reads every option, `laterOptions` too: `resolveOptions`, which the full widget passes. */
export type ReadOptions = (merged: MountOptions, doc: Document, warn: Warn, now: number, config?: ResolveContext['config']) => WidgetOptions

/**
 * The one cascade: `given` options over the target's `data-*` attributes over the page's
 * JSON-LD, Open Graph and document; own properties only (a polluted `Object.prototype` sets
 * nothing). Pure but for `visitor`. Without `readOptions` (the script tag's first stage) it
 * leaves `laterOptions` at their defaults; `resolveWidget` reads everything. In two steps: the
 * options at once, the product when the function returned is called, so a scheduled mount
 * reads them in two tasks (each 10 to 30 ms at 4x CPU throttling; both in one came near a
 * long task).
 */
export const resolveInSteps = (target: Element, given: MountOptions, { page, warn, now, visitor, config }: ResolveContext, readOptions?: ReadOptions): (() => WidgetState) => {
  const doc = target.ownerDocument
  const merged = { __proto__: null, ...readAttributes(target), ...given }
  const options = readOptions ? readOptions(merged, doc, warn, now, config) : firstOptions(merged, doc, warn, config)
  const names = Object.keys(options.variants)
  const variant = options.variant ?? (names.length ? assignVariant(names, visitor()) : undefined)
  return () => ({
    options,
    product: resolveProduct(merged, doc, page, warn),
    variant,
    templates: variantTemplates(options.templates, variant ? options.variants[variant]! : {}),
    preview: !!options.variant || toBool(merged.preview) || undefined,
    ...(readOptions ? {} : { first: { later: setsLater(merged) } }),
  })
}
