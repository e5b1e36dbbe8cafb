import type { ChannelId } from '../types'

/**
 * Icons at hand from the start, without a load: none here. The script-tag build puts the icons
 * of the channels most pages show into its first script through this module (rollup.config.ts),
 * so they are drawn in the first paint; everywhere else every icon loads lazily.
 */
export const firstIcons: [ChannelId, string][] = []
