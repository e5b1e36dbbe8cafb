import { describe, expect, it, vi } from 'vitest'
import { readdirSync } from 'node:fs'
import { enAsk, askStrings } from '../../src/widget/ask'
import { loadOnce } from '../../src/lib/load-once'
import { locales } from '../../src/i18n/locales'
import type { AskStrings, Locale } from '../../src/i18n/locale'

/** Every language the widget has, but English (whose ask strings are `enAsk`). */
const tags = Object.keys(locales)
const placeholders = (text: string) => (text.match(/\{[^{}]*\}/g) ?? []).sort()

describe('the "Ask my friends" tables', () => {
  it('exist for every language the widget has, and no other', () => {
    const files = readdirSync('src/i18n/ask').map((file) => file.replace(/\.ts$/, ''))
    expect(files.sort()).toEqual([...tags].sort())
  })

  it.each(tags)('%s has every key English has, none empty, with the same placeholders', async (tag) => {
    const table: AskStrings = (await import(`../../src/i18n/ask/${tag}.ts`)).default
    expect(Object.keys(table).sort()).toEqual(Object.keys(enAsk).sort())
    for (const [key, text] of Object.entries(enAsk)) {
      const own = table[key as keyof AskStrings]
      expect(own.trim(), `${tag} ${key}`).not.toBe('')
      expect(placeholders(own), `${tag} ${key}`).toEqual(placeholders(text))
    }
  })

  it('gives English at once, and another language once its table has loaded', async () => {
    const kit = { loadOnce, warn: () => {} }
    expect(askStrings({ tag: 'en' } as Locale, () => {}, kit)).toBe(enAsk)
    let redrawn = 0
    expect(askStrings({ tag: 'fr' } as Locale, () => redrawn++, kit)).toBeUndefined()
    await vi.waitFor(() => expect(redrawn).toBe(1))
    expect(askStrings({ tag: 'fr' } as Locale, () => {}, kit)?.button).toBe('Demander à mes amis')
  })

  it('redraws every widget that asked for a table while it loaded, once each, not only the first', async () => {
    const kit = { loadOnce, warn: () => {} }
    const redrawn = { first: 0, second: 0 }
    // Each widget passes its own draw function, the same at every draw.
    const first = () => redrawn.first++
    expect(askStrings({ tag: 'es' } as Locale, first, kit)).toBeUndefined()
    // A second widget in Spanish, and the first drawing again, before the table is in.
    expect(askStrings({ tag: 'es' } as Locale, () => redrawn.second++, kit)).toBeUndefined()
    expect(askStrings({ tag: 'es' } as Locale, first, kit)).toBeUndefined()
    await vi.waitFor(() => expect(redrawn.second).toBe(1))
    expect(redrawn.first).toBe(1)
    expect(askStrings({ tag: 'es' } as Locale, () => redrawn.second++, kit)?.button).toBeTruthy()
    expect(redrawn).toEqual({ first: 1, second: 1 })
  })
})
