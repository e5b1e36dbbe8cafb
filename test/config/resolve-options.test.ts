import { describe, expect, it } from 'vitest'
import { cleanChannels, cleanLocale, resolveOptions } from '../../src/config/resolve-options'
import { instanceHost } from '../../src/channels/instance-host'
import type { ErrorCode } from '../../src/lib/errors'

const collect = () => {
  const codes: ErrorCode[] = []
  return { codes, warn: (code: ErrorCode) => { codes.push(code) } }
}

describe('cleanChannels', () => {
  it('reads a comma-separated list, trimmed and lower-cased, in order', () => {
    const { warn } = collect()
    expect(cleanChannels(' WhatsApp, x ,copy', warn)).toEqual(['whatsapp', 'x', 'copy'])
  })

  it('drops unknown ids with SC101 and repeats with SC109', () => {
    const { codes, warn } = collect()
    expect(cleanChannels(['x', 'myspace', 'x', '', 'email'], warn)).toEqual(['x', 'email'])
    expect(codes).toEqual(['SC101', 'SC109'])
  })

  it('means "the locale’s default" when nothing is given', () => {
    expect(cleanChannels(undefined, collect().warn)).toBeUndefined()
  })
})

describe('cleanLocale', () => {
  it('canonicalises a BCP 47 tag', () => {
    expect(cleanLocale('zh-hans-cn', collect().warn)).toBe('zh-Hans-CN')
  })

  it('rejects a malformed tag with SC108', () => {
    const { codes, warn } = collect()
    expect(cleanLocale('en_US!!', warn)).toBeUndefined()
    expect(codes).toEqual(['SC108'])
  })
})

describe('instanceHost', () => {
  it('accepts a host, with or without https:// and a trailing slash', () => {
    expect(instanceHost('Mastodon.Social')).toBe('mastodon.social')
    expect(instanceHost('https://fosstodon.org/')).toBe('fosstodon.org')
  })

  it('refuses anything that is not a bare host', () => {
    for (const bad of ['javascript:alert(1)', 'evil.example/path', 'user@host.example', '', undefined]) {
      expect(instanceHost(bad)).toBeUndefined()
    }
  })
})

describe('resolveOptions', () => {
  const doc = () => document.implementation.createHTMLDocument('t')

  it('fills defaults: labels layout, auto theme, the global campaign, no grouping, no card', () => {
    const options = resolveOptions({}, doc(), collect().warn)
    expect(options).toMatchObject({ layout: 'labels', theme: 'auto', campaign: 'sharecue', group: false, card: false })
  })

  it('takes the locale from options, then the global one, then <html lang>', () => {
    const d = doc()
    d.documentElement.lang = 'de-AT'
    expect(resolveOptions({ locale: 'fr' }, d, collect().warn).locale).toBe('fr')
    expect(resolveOptions({}, d, collect().warn, Date.now(), { campaign: 'sharecue', locale: 'ja' }).locale).toBe('ja')
    expect(resolveOptions({}, d, collect().warn).locale).toBe('de-AT')
  })

  it('reads <html lang="de_DE"> (an underscore, as some templates write it) as de-DE, and takes navigator.language where <html lang> is no tag at all, as where it has none', () => {
    const root = document.documentElement
    const was = root.lang
    try {
      // The test's window says a language other than the last resort (English), so the two differ.
      const language = Intl.getCanonicalLocales(navigator.language)[0]
      expect(language).not.toBe('en')
      root.lang = ''
      expect(resolveOptions({}, document, collect().warn).locale).toBe(language)
      root.lang = 'de_DE'
      expect(resolveOptions({}, document, collect().warn).locale).toBe('de-DE')
      root.lang = 'not a tag!'
      expect(resolveOptions({}, document, collect().warn).locale).toBe(language)
    } finally {
      root.lang = was
    }
  })

  it('keeps A/B variants with valid names, their copy as text, a string as copy for every channel', () => {
    const { codes, warn } = collect()
    const options = resolveOptions({
      variants: { a: '', b: 'Look: {title}', c: { x: ' On X: {title} ', email: 42 as unknown as string }, 'Bad name': 'x', constructor: {} },
    }, doc(), warn)
    expect(options.variants).toEqual({ a: {}, b: { default: 'Look: {title}' }, c: { x: 'On X: {title}' }, constructor: {} })
    expect(options.variant).toBeUndefined()
    expect(codes).toEqual(['SC112'])
  })

  it('forces a variant only when it is one of them, with SC113 otherwise', () => {
    const { codes, warn } = collect()
    expect(resolveOptions({ variants: { a: '', b: 'B' }, variant: 'b' }, doc(), warn).variant).toBe('b')
    expect(resolveOptions({ variants: { a: '' }, variant: 'toString' }, doc(), warn).variant).toBeUndefined()
    expect(resolveOptions({ variant: 'a' }, doc(), warn).variant).toBeUndefined()
    expect(codes).toEqual(['SC113', 'SC113'])
  })

  it('reads booleans from attributes: "true", "" and "1" are true', () => {
    expect(resolveOptions({ group: 'true', card: '' }, doc(), collect().warn)).toMatchObject({ group: true, card: true })
    expect(resolveOptions({ group: 'false', card: '0' }, doc(), collect().warn)).toMatchObject({ group: false, card: false })
  })

  it('warns SC107 for a layout or theme it does not know, and uses the default', () => {
    const { codes, warn } = collect()
    const options = resolveOptions({ layout: 'grid' as never, theme: 'neon' as never }, doc(), warn)
    expect(options).toMatchObject({ layout: 'labels', theme: 'auto' })
    expect(codes).toEqual(['SC107', 'SC107'])
  })

  it('keeps templates, shortening a huge one with SC106', () => {
    const { codes, warn } = collect()
    const options = resolveOptions({ templates: { x: 'Hi {title}', default: 'y'.repeat(5000), email: 42 as never } }, doc(), warn)
    expect(options.templates.x).toBe('Hi {title}')
    expect(options.templates.default).toHaveLength(1000)
    expect(options.templates.email).toBeUndefined()
    expect(codes).toEqual(['SC106'])
  })

  it('uses the text given to the widget as its share copy, unless a default template is given', () => {
    expect(resolveOptions({ text: ' Look at these! ' }, doc(), collect().warn).templates.default).toBe('Look at these!')
    expect(resolveOptions({ text: 'Look', templates: { default: '{title}' } }, doc(), collect().warn).templates.default).toBe('{title}')
  })

  it('accepts a Facebook app id of digits only', () => {
    const { codes, warn } = collect()
    expect(resolveOptions({ facebookAppId: '123456789' }, doc(), warn).facebookAppId).toBe('123456789')
    expect(resolveOptions({ facebookAppId: '12&redirect=evil' }, doc(), warn).facebookAppId).toBeUndefined()
    expect(codes).toEqual(['SC107'])
  })

  it('warns SC303 for a Mastodon instance that is not a host, and asks the shopper instead', () => {
    const { codes, warn } = collect()
    expect(resolveOptions({ mastodon: 'evil.example/x?' }, doc(), warn).mastodon).toBeUndefined()
    expect(codes).toEqual(['SC303'])
  })
})
