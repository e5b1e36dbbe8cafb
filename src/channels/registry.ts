import type { ChannelId } from '../types'
import type { Channel } from './channel'
import { native } from './native'
import { copy } from './copy'
import { email } from './email'
import { sms } from './sms'
import { facebook } from './facebook'
import { messenger } from './messenger'
import { x } from './x'
import { threads } from './threads'
import { bluesky } from './bluesky'
import { mastodon } from './mastodon'
import { linkedin } from './linkedin'
import { pinterest } from './pinterest'
import { reddit } from './reddit'
import { tumblr } from './tumblr'
import { hackernews } from './hackernews'
import { whatsapp } from './whatsapp'
import { telegram } from './telegram'
import { line } from './line'
import { viber } from './viber'
import { vk } from './vk'
import { ok } from './ok'
import { wechat } from './wechat'
import { weibo } from './weibo'
import { qq } from './qq'
import { qzone } from './qzone'
import { douban } from './douban'
import { image } from './image'

/**
 * Records without a prototype: a field a channel does not have (`url` of an action channel,
 * `limit` where the platform has none, `action` of a link) is absent, never one a page's polluted
 * `Object.prototype` lends it (a `limit` that cuts every message, a `url` that is no builder).
 */
const ownFieldsOnly = <T extends Record<string, Channel>>(table: T): T => {
  for (const id in table) Object.setPrototypeOf(table[id], null)
  return table
}

/**
 * Every channel by id, in the contract's order (section 4). Adding a channel: write
 * `src/channels/<id>.ts` and `src/icons/<id>.ts`, add the id to `ChannelId`, and list it here.
 * @example registry.telegram.url?.({ url: 'https://shop.example/p/1' }, { mobile: false })
 */
export const registry = ownFieldsOnly({
  native,
  copy,
  email,
  sms,
  facebook,
  messenger,
  x,
  threads,
  bluesky,
  mastodon,
  linkedin,
  pinterest,
  reddit,
  tumblr,
  hackernews,
  whatsapp,
  telegram,
  line,
  viber,
  vk,
  ok,
  wechat,
  weibo,
  qq,
  qzone,
  douban,
  image,
} satisfies Record<ChannelId, Channel>)

/**
 * The channel ids in the contract's order (also `ShareCue.channels`). Frozen: ids are checked
 * against it, so a page or an app that emptied it would make every channel unknown.
 */
export const channelIds: readonly ChannelId[] = Object.freeze(Object.keys(registry) as ChannelId[])

/**
 * Whether `x` names a channel; use it to check ids a page supplies.
 * @example isChannelId('telegram') // true
 */
export const isChannelId = (x: string): x is ChannelId => (channelIds as string[]).indexOf(x) > -1
