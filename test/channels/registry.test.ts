import { describe, it, expect } from 'vitest'
import type { ChannelId, Scope } from '../../src/types'
import { registry, channelIds, isChannelId } from '../../src/channels/registry'
import { colors } from '../../src/channels/colors'

// The contract's section 4, in its order.
const contract: ChannelId[] = [
  'native', 'copy', 'email', 'sms', 'facebook', 'messenger', 'x', 'threads', 'bluesky', 'mastodon',
  'linkedin', 'pinterest', 'reddit', 'tumblr', 'hackernews', 'whatsapp', 'telegram', 'line', 'viber',
  'vk', 'ok', 'wechat', 'weibo', 'qq', 'qzone', 'douban', 'image',
]

const names: Record<ChannelId, string> = {
  native: 'Share', copy: 'Copy link', email: 'Email', sms: 'SMS', facebook: 'Facebook',
  messenger: 'Messenger', x: 'X', threads: 'Threads', bluesky: 'Bluesky', mastodon: 'Mastodon',
  linkedin: 'LinkedIn', pinterest: 'Pinterest', reddit: 'Reddit', tumblr: 'Tumblr',
  hackernews: 'Hacker News', whatsapp: 'WhatsApp', telegram: 'Telegram', line: 'LINE', viber: 'Viber',
  vk: 'VK', ok: 'OK', wechat: 'WeChat', weibo: 'Weibo', qq: 'QQ', qzone: 'Qzone', douban: 'Douban',
  image: 'Share image',
}

const scopes: Record<Scope, ChannelId[]> = {
  private: ['native', 'copy', 'email', 'sms', 'messenger', 'whatsapp', 'telegram', 'line', 'viber', 'wechat', 'qq'],
  group: ['reddit', 'hackernews'],
  public: [
    'facebook', 'x', 'threads', 'bluesky', 'mastodon', 'linkedin', 'pinterest', 'tumblr', 'vk', 'ok',
    'weibo', 'qzone', 'douban', 'image',
  ],
}

const actions: ChannelId[] = ['native', 'copy', 'wechat', 'image']

describe('registry', () => {
  it('lists every channel of the contract in its order', () => {
    expect(Object.keys(registry)).toEqual(contract)
    expect(channelIds).toEqual(contract)
  })

  it('recognises every channel id and nothing else', () => {
    for (const id of contract) expect(isChannelId(id)).toBe(true)
    for (const other of ['', 'Facebook', 'twitter', 'constructor', '__proto__', 'toString', 'x ']) {
      expect(isChannelId(other)).toBe(false)
    }
  })

  for (const id of contract) {
    const channel = registry[id]

    describe(`the ${names[id]} channel`, () => {
      it(`is filed under its own id "${id}"`, () => expect(channel.id).toBe(id))

      it(`is called "${names[id]}"`, () => expect(channel.name).toBe(names[id]))

      it('has a six-digit hex colour', () => expect(colors[channel.id]).toMatch(/^#[0-9a-f]{6}$/i))

      it('has the scope its audience calls for', () => {
        const scope = (Object.keys(scopes) as Scope[]).find((s) => scopes[s].includes(id))
        expect(channel.scope).toBe(scope)
      })

      if (actions.includes(id)) {
        it('is an action, not a link', () => {
          expect(channel.action).toBe(id)
          expect(channel.url).toBeUndefined()
        })
      } else {
        it('is a link, not an action', () => {
          expect(channel.url).toBeTypeOf('function')
          expect(channel.action).toBeUndefined()
        })
      }
    })
  }

  it('gives the platforms that cap a post their limits', () => {
    const limits = Object.fromEntries(channelIds.filter((id) => registry[id].limit).map((id) => [id, registry[id].limit]))
    expect(limits).toEqual({
      sms: { max: 160 },
      x: { max: 280, link: 23, weighted: true },
      threads: { max: 500 },
      bluesky: { max: 300 },
      mastodon: { max: 500, link: 23 },
      weibo: { max: 2000 },
    })
  })
})
