import type { ChannelId } from '../../src/types'
import { previews, previewShareId, type Preview } from '../../src/widget/index'

export { previewShareId }

/** How a platform shows what it is sent. */
export type Look = 'chat' | 'post' | 'email' | 'link'

/** One channel's message, computed by the widget's own pipeline, and how its platform shows it. */
export interface Message extends Preview {
  look: Look
}

const chats: ChannelId[] = ['whatsapp', 'telegram', 'sms', 'line', 'viber', 'messenger', 'qq', 'wechat', 'copy', 'native']
const posts: ChannelId[] = ['x', 'threads', 'bluesky', 'mastodon', 'weibo', 'tumblr']
const lookOf = (id: ChannelId): Look => (id === 'email' ? 'email' : chats.includes(id) ? 'chat' : posts.includes(id) ? 'post' : 'link')

/**
 * What each channel of a target will send, as the widget computes it (`previews` of
 * `src/widget/`), with the look of its platform. `undefined` while the locale table is still loading.
 */
export const messagesFor = (target: Element, now = Date.now()): Message[] | undefined =>
  previews(target, now)?.map((preview) => ({ ...preview, look: lookOf(preview.id) }))
