import type { ChannelId } from '../types'
import type { Action } from './actions/action'
import { copy } from './actions/copy'
import { native } from './actions/native'
import { wechat } from './actions/wechat'
import { image } from './actions/image'
import { mastodon } from './actions/mastodon'

/**
 * What a channel's button does, by channel id, beside the channel records of `channels/`.
 * Web-intent channels are links and need no entry; Mastodon's is its button while the server
 * is unknown. Adding an action channel: its record with `action`, a file here, a line below.
 */
export const actions: Partial<Record<ChannelId, Action>> = { copy, native, wechat, image, mastodon }
