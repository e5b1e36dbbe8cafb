import type { MountOptions } from '../types'
import { resolveOptions } from '../config/resolve-options'
import { resolveInSteps, type ResolveContext, type WidgetState } from './resolve-first'

export type { ResolveContext, WidgetState } from './resolve-first'

/**
 * The one cascade, every option (`resolveInSteps` with `resolveOptions`), in one step:
 * called by the full widget and by the playground's previews.
 *
 * @example resolveWidget(el, { channels: ['x'] }, { page: location.href, warn, now: Date.now(), visitor }).product.title
 */
export const resolveWidget = (target: Element, given: MountOptions, context: ResolveContext): WidgetState =>
  resolveInSteps(target, given, context, resolveOptions)()
