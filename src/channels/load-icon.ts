import type { ChannelId } from '../types'
import { loadOnce } from '../lib/load-once'
import { registry } from './registry'
import { firstIcons } from './first-icons'

/** Channel icons: `icons.get(id)` is the path once `icons.load(id)` has brought it, at once for the first icons. */
export const icons = loadOnce('icon', (id) => registry[id as ChannelId].icon().then((module) => module.default), firstIcons)
