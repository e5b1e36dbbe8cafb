import type { ChannelId } from '../types'
import { loadOnce } from '../lib/load-once'
import { registry } from './registry'

/** Channel icons: `icons.get(id)` is the path once `icons.load(id)` has brought it. */
export const icons = loadOnce('icon', (id) => registry[id as ChannelId].icon().then((module) => module.default))
