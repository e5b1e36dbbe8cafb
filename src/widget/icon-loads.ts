import type { ChannelId } from '../types'
import type { Warn } from '../lib/warn'
import { icons } from '../channels/load-icon'

/**
 * A widget's icons: `ask(ids)` asks for those not yet at hand, each once. One redraw once every
 * icon asked for has had its first try (they load in parallel); an icon that arrives on a later
 * try redraws again. The loader bounds the tries; a part given up is not asked for again.
 */
export const createIconLoads = (warn: Warn, redraw: () => void) => {
  const asked = new Set<ChannelId>()
  return (ids: ChannelId[]) => {
    const missing = ids.filter((id) => !icons.get(id) && !asked.has(id))
    if (!missing.length) return
    missing.forEach((id) => asked.add(id))
    Promise.all(missing.map((id) => icons.tried(id, warn))).then(() => {
      redraw()
      for (const id of missing) if (icons.failed(id)) icons.load(id, warn).then(redraw, () => { /* warned */ })
    })
  }
}
