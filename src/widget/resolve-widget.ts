import type { MountOptions } from '../types'
import { resolveOptions } from '../config/resolve-options'
import { resolveFirst, type ResolveContext, type WidgetState } from './resolve-first'

export type { ResolveContext, WidgetState } from './resolve-first'

/**
 * The one cascade, every option (`resolveFirst` with `resolveOptions`):
 * called by the full widget and by the playground's previews.
 *
 * @example resolveWidget(el, { channels: ['x'] }, { page: location.href, warn, now: Date.now(), visitor }).product.title
 */
export const resolveWidget = (target: Element, given: MountOptions, context: ResolveContext): WidgetState =>
  resolveFirst(target, given, context, resolveOptions)
