import type { ChannelId } from '../types'
import type { Warn } from '../lib/warn'
import { icons } from '../channels/load-icon'

/** How long the icons that arrived wait for the others before they are drawn. */
const batchWait = 1000

/**
 * A widget's icons: `ask(ids)` asks for those not yet at hand, each once. One redraw once every
 * icon asked for has had its first try (they load in parallel), or after a second with those
 * at hand, should one be slow (a stalled try counts as failed only after 10 s); an icon that
 * arrives on a later try redraws again. The loader bounds the tries; a part given up is not
 * asked for again.
 */
export const createIconLoads = (warn: Warn, redraw: () => void) => {
  const asked = new Set<ChannelId>()
  return (ids: ChannelId[]) => {
    const missing = ids.filter((id) => !icons.get(id) && !asked.has(id))
    if (!missing.length) return
    missing.forEach((id) => asked.add(id))
    const early = setTimeout(redraw, batchWait)
    Promise.all(missing.map((id) => icons.tried(id, warn))).then(() => {
      clearTimeout(early)
      redraw()
      for (const id of missing) if (icons.failed(id)) icons.load(id, warn).then(redraw, () => { /* warned */ })
    })
  }
}
