import type { ChannelId, ShareData, UncheckedChannelId } from '../types'
import { browserEnv, type Env } from '../env'
import { buildShareUrl } from './build-share-url'

/** Made at the first call, never on import (the npm module does nothing on import); kept, so each warning is printed once. */
let env: Env | undefined

/**
 * The share URL of a web-intent channel for the data given (no attribution is added: pass the
 * URL you want shared; an `image` that is not an http(s) URL is left out). `null` for action
 * channels, unknown channels, a non-http(s) `url`, or a channel that lacks something
 * (pinterest without `image`, messenger on a desktop). Each channel uses only some fields
 * (README: "Which fields each channel uses"); one given that it does not use is left out
 * with warning SC403, once per channel and field. A channel id known only at run time is
 * passed as an `UncheckedChannelId`; an unknown one gives `null` with warning SC101.
 *
 * @example
 * shareUrl('telegram', { url: 'https://shop.example/p/1', text: 'Trail shoe' })
 * // → 'https://t.me/share/url?url=https%3A%2F%2Fshop.example%2Fp%2F1&text=Trail%20shoe'
 */
export const shareUrl = (channel: ChannelId | UncheckedChannelId, data: ShareData): string | null =>
  buildShareUrl(channel, data, env ??= browserEnv())
