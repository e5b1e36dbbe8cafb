import type { mount } from './mount'
import type { check, configure, consent, flush, on, purchase } from '../runtime/api'
import type { shareUrl } from '../share/share-url'
import type { ChannelId } from '../types'

/** A call made before the script loaded, as the queue snippet records it: the method's name and its arguments. */
export type QueuedCall = [method: 'mount' | 'configure' | 'on' | 'consent' | 'flush' | 'purchase', args: ArrayLike<unknown>]

/** What the script tag offers as `window.ShareCue` (`sharecue/global`): the npm module's API. */
export interface ShareCueApi {
  mount: typeof mount
  configure: typeof configure
  shareUrl: typeof shareUrl
  on: typeof on
  consent: typeof consent
  flush: typeof flush
  purchase: typeof purchase
  /** On the script tag it also checks that the lazy parts (`sc-*.js`) load from the script's folder. */
  check: typeof check
  channels: readonly ChannelId[]
  version: string
  /**
   * Only on the stub of the queue snippet (README: "Calls before the script loads"), until the
   * script replays the calls in order; the loaded API has no `q`.
   */
  q?: QueuedCall[] | undefined
}
