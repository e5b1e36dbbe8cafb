import { describe, expect, it } from 'vitest'
import { en, locales, matchLocale } from '../../src/i18n/locales'
import { loadLocale } from '../../src/i18n/load-locale'
import { allLocales } from '../../src/i18n/all-locales'
import type { Locale } from '../../src/i18n/locale'
import { isChannelId } from '../../src/channels/registry'

/** The twelve the issue asks for; English is in the first script, the others load lazily. */
const TWELVE = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es', 'pt-BR', 'fr', 'de', 'ru', 'ar', 'hi']

const all: [string, () => Promise<Locale>][] = [
  ['en', async () => en],
  ...Object.entries(locales).map(([tag, load]) => [tag, async () => (await load()).default] as [string, () => Promise<Locale>]),
]

/** Every string of a table by its path (`templates.private`, `copied`), English's shape. */
const strings = (table: Locale): Map<string, string> => {
  const found = new Map<string, string>()
  const walk = (value: unknown, path: string) => {
    if (typeof value == 'string') found.set(path, value)
    else if (value && typeof value == 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key)
    }
  }
  const { tag, dir, names, ...rest } = table
  walk(rest, '')
  return found
}

/** The placeholders a string names, sorted: `{0}`, `{price}`, `{title}`. */
const placeholders = (text: string) => (text.match(/\{[^{}]*\}/g) ?? []).sort()

const english = strings(en)

it('ships the twelve locales, each loaded by its own tag', () => {
  expect(all.map(([tag]) => tag).sort()).toEqual([...TWELVE].sort())
  expect(Object.keys(allLocales).sort()).toEqual([...TWELVE].sort())
})

describe.each(all)('locale %s', (tag, load) => {
  it('has every key English has, no other, none empty', async () => {
    const table = await load()
    expect(table.tag).toBe(tag)
    const own = strings(table)
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort())
    for (const [path, text] of own) expect(text.trim(), path).not.toBe('')
    const allowed = new Set([...Object.keys(en), 'names', 'dir'])
    expect(Object.keys(table).filter((key) => !allowed.has(key))).toEqual([])
  })

  it('names the same placeholders as English in every string', async () => {
    const own = strings(await load())
    for (const [path, text] of english) expect(placeholders(own.get(path) ?? ''), path).toEqual(placeholders(text))
  })

  it('offers real channels, each once, native first where a phone can share and copy last', async () => {
    const { channels, names } = await load()
    expect(channels.filter((id) => !isChannelId(id))).toEqual([])
    expect(new Set(channels).size).toBe(channels.length)
    expect(channels.at(-1)).toBe('copy')
    // zh-CN leads with WeChat, the others with the system share sheet.
    if (tag !== 'zh-CN') expect(channels[0]).toBe('native')
    for (const [id, name] of Object.entries(names ?? {})) {
      expect(isChannelId(id), id).toBe(true)
      expect(name.trim(), id).not.toBe('')
    }
  })

  it('runs right to left exactly where the script does (Arabic)', async () => {
    expect((await load()).dir).toBe(tag === 'ar' ? 'rtl' : undefined)
  })

  it('is the table sharecue/og draws with', async () => {
    expect(allLocales[tag]).toEqual(await load())
  })
})

describe('default channels per market', () => {
  it.each([
    ['ja', ['line', 'x']],
    ['zh-TW', ['line']],
    ['ru', ['telegram', 'vk', 'whatsapp', 'ok']],
    ['pt-BR', ['whatsapp']],
    ['es', ['whatsapp']],
    ['hi', ['whatsapp']],
    ['de', ['whatsapp', 'facebook', 'email']],
    ['fr', ['whatsapp', 'facebook']],
  ])('%s leads with %j after native', async (tag, first) => {
    const { channels } = await loadLocale(tag)
    expect(channels.slice(1, 1 + first.length)).toEqual(first)
  })

  it('calls VK and Odnoklassniki by their Russian names', async () => {
    const { names } = await loadLocale('ru')
    expect(names).toMatchObject({ vk: 'ВКонтакте', ok: 'Одноклассники' })
  })
})

describe('matchLocale', () => {
  it.each([
    ['en', 'en'], ['en-GB', 'en'], ['EN-us', 'en'],
    ['zh-CN', 'zh-CN'], ['zh', 'zh-CN'], ['zh-Hans', 'zh-CN'], ['zh-Hans-SG', 'zh-CN'], ['zh-SG', 'zh-CN'], ['zh-Hans-HK', 'zh-CN'],
    ['zh-TW', 'zh-TW'], ['zh-tw', 'zh-TW'], ['zh-Hant', 'zh-TW'], ['zh-HK', 'zh-TW'], ['zh-MO', 'zh-TW'], ['zh-Hant-HK', 'zh-TW'], ['zh-Hant-TW', 'zh-TW'],
    ['ja', 'ja'], ['ja-JP', 'ja'], ['ko-KR', 'ko'],
    ['es', 'es'], ['es-ES', 'es'], ['es-MX', 'es'], ['es-419', 'es'],
    ['pt', 'pt-BR'], ['pt-BR', 'pt-BR'], ['pt-PT', 'pt-BR'], ['pt-AO', 'pt-BR'],
    ['fr-CA', 'fr'], ['fr-BE', 'fr'], ['de-AT', 'de'], ['de-CH', 'de'], ['ru-RU', 'ru'],
    ['ar', 'ar'], ['ar-EG', 'ar'], ['ar-SA', 'ar'], ['hi-IN', 'hi'],
    ['nl-NL', 'en'], ['it', 'en'], ['yue-HK', 'en'], ['und', 'en'], ['x', 'en'],
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

  it('gives Hong Kong the Traditional Chinese table, Portugal the Portuguese one', async () => {
    expect((await loadLocale('zh-HK')).copied).toBe('已複製連結')
    expect((await loadLocale('pt-PT')).copied).toBe('Link copiado')
  })
})
