import type { ChannelId } from '../types'
import { registry } from './registry'

const cache = new Map<ChannelId, Promise<string>>()
const loaded = new Map<ChannelId, string>()

/** An icon's path if it has loaded; otherwise starts loading it (once per page) and resolves when it has. */
export const iconPath = (id: ChannelId): string | undefined => loaded.get(id)

export const loadIcon = (id: ChannelId): Promise<string> => {
  let promise = cache.get(id)
  if (!promise) {
    promise = registry[id].icon().then((module) => {
      loaded.set(id, module.default)
      return module.default
    })
    // A failed load may succeed on a later mount (a flaky network): forget it.
    promise.catch(() => cache.delete(id))
    cache.set(id, promise)
  }
  return promise
}
