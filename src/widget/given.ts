import type { MountOptions } from '../types'

/**
 * The options given to `mount()` or `update()`, own and defined only. They replace those given
 * before, as a whole (props, not patches): what they omit comes from the target's attributes
 * and the page, never from earlier options.
 */
export const given = (options: MountOptions | undefined): MountOptions => {
  const out: MountOptions = {}
  for (const [key, value] of Object.entries(options ?? {})) if (value !== undefined) (out as Record<string, unknown>)[key] = value
  return out
}
