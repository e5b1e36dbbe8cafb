import { describe, expect, it } from 'vitest'
import { en, locales, matchLocale } from '../../src/i18n/locales'
import { loadLocale } from '../../src/i18n/load-locale'
import type { Locale } from '../../src/i18n/locale'
import { isChannelId } from '../../src/channels/registry'

const all: [string, () => Promise<Locale>][] = [
  ['en', async () => en],
  ...Object.entries(locales).map(([tag, load]) => [tag, async () => (await load()).default] as [string, () => Promise<Locale>]),
]

describe.each(all)('locale %s', (tag, load) => {
  it('has every key English has, none empty', async () => {
    const table = await load()
    expect(table.tag).toBe(tag)
    for (const key of Object.keys(en) as (keyof Locale)[]) {
      if (key === 'names' || key === 'dir') continue
      expect(table[key], key).toBeTruthy()
    }
    expect(Object.keys(table.templates).sort()).toEqual(['group', 'private', 'public'])
    expect(Object.keys(table.scopes).sort()).toEqual(['group', 'private', 'public'])
  })

  it('names only real channels, each once, in its default set', async () => {
    const table = await load()
    expect(table.channels.every(isChannelId)).toBe(true)
    expect(new Set(table.channels).size).toBe(table.channels.length)
    for (const id of Object.keys(table.names ?? {})) expect(isChannelId(id)).toBe(true)
  })

  it('says "share on" with the channel name in it', async () => {
    expect((await load()).shareOn).toContain('{0}')
  })
})

describe('matchLocale', () => {
  it.each([
    ['en', 'en'], ['en-GB', 'en'], ['de-DE', 'en'], ['zh-CN', 'zh-CN'], ['zh', 'zh-CN'], ['zh-Hans', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'], ['zh-SG', 'zh-CN'], ['zh-TW', 'en'], ['zh-Hant-HK', 'en'],
  ])('reads %s with the %s table', (tag, table) => {
    expect(matchLocale(tag)).toBe(table)
  })
})

describe('loadLocale', () => {
  it('loads a table once and hands English out at once', async () => {
    expect(await loadLocale('en-US')).toBe(en)
    const first = await loadLocale('zh-CN')
    expect(await loadLocale('zh-Hans')).toBe(first)
    expect(first.names?.wechat).toBe('微信')
  })
})
