import type { ChannelId } from '../types'
import { shareId } from '../lib/share-id'

/** The share id of each channel's next share: the same until that channel is used, then a new one. */
export const createShareIds = () => {
  const ids = new Map<ChannelId, string>()
  return {
    of: (id: ChannelId) => ids.get(id) ?? ids.set(id, shareId()).get(id)!,
    renew: (id: ChannelId) => void ids.delete(id),
    clear: () => ids.clear(),
  }
}
