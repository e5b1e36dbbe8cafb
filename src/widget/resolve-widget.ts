import type { MountOptions } from '../types'
import { resolveOptions } from '../config/resolve-options'
import { offerRules } from '../product/resolve-product'
import { resolveFirst, type ResolveContext, type WidgetState } from './resolve-first'

export type { ResolveContext, WidgetState } from './resolve-first'

/**
 * The one cascade, every option and every product field (`resolveFirst` with the rest):
 * called by the full widget and by the playground's previews.
 *
 * @example resolveWidget(el, { channels: ['x'] }, { page: location.href, warn, now: Date.now(), visitor }).product.title
 */
export const resolveWidget = (target: Element, given: MountOptions, context: ResolveContext): WidgetState =>
  resolveFirst(target, given, context, { options: resolveOptions, offer: offerRules })
