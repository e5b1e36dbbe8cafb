import { describe, it, expect } from 'vitest'
import type { ChannelId, ShareData } from '../../src/types'
import { intent, type IntentContext } from '../../src/channels/channel'
import { registry } from '../../src/channels/registry'

type Expected = { base: string; params: (d: ShareData) => [string, string | undefined][] }

const both = (d: ShareData) => (d.text ? d.text + ' ' + d.url : d.url)

// The contract's section 4, one row per web-intent channel (messenger: the desktop form).
const endpoints: Partial<Record<ChannelId, Expected>> = {
  email: { base: 'mailto:', params: (d) => [['subject', d.title], ['body', d.text ? d.text + '\r\n\r\n' + d.url : d.url]] },
  sms: { base: 'sms:', params: (d) => [['body', both(d)]] },
  facebook: { base: 'https://www.facebook.com/sharer/sharer.php', params: (d) => [['u', d.url]] },
  messenger: {
    base: 'https://www.facebook.com/dialog/send',
    params: (d) => [['app_id', '1234567890'], ['link', d.url], ['redirect_uri', d.url]],
  },
  x: { base: 'https://x.com/intent/tweet', params: (d) => [['text', d.text], ['url', d.url]] },
  threads: { base: 'https://www.threads.com/intent/post', params: (d) => [['text', d.text], ['url', d.url]] },
  bluesky: { base: 'https://bsky.app/intent/compose', params: (d) => [['text', both(d)]] },
  mastodon: { base: 'https://mastodon.social/share', params: (d) => [['text', both(d)]] },
  linkedin: { base: 'https://www.linkedin.com/sharing/share-offsite/', params: (d) => [['url', d.url]] },
  pinterest: {
    base: 'https://www.pinterest.com/pin/create/button/',
    params: (d) => [['url', d.url], ['media', d.image], ['description', d.text]],
  },
  reddit: { base: 'https://www.reddit.com/submit', params: (d) => [['url', d.url], ['title', d.title]] },
  tumblr: {
    base: 'https://www.tumblr.com/widgets/share/tool',
    params: (d) => [['canonicalUrl', d.url], ['title', d.title], ['caption', d.text]],
  },
  hackernews: { base: 'https://news.ycombinator.com/submitlink', params: (d) => [['u', d.url], ['t', d.title]] },
  whatsapp: { base: 'https://wa.me/', params: (d) => [['text', both(d)]] },
  telegram: { base: 'https://t.me/share/url', params: (d) => [['url', d.url], ['text', d.text]] },
  line: { base: 'https://social-plugins.line.me/lineit/share', params: (d) => [['url', d.url], ['text', d.text]] },
  viber: { base: 'viber://forward', params: (d) => [['text', both(d)]] },
  vk: { base: 'https://vk.com/share.php', params: (d) => [['url', d.url], ['title', d.title], ['image', d.image]] },
  ok: {
    base: 'https://connect.ok.ru/offer',
    params: (d) => [['url', d.url], ['title', d.title], ['imageUrl', d.image]],
  },
  weibo: {
    base: 'https://service.weibo.com/share/share.php',
    params: (d) => [['url', d.url], ['title', d.text], ['pic', d.image]],
  },
  qq: {
    base: 'https://connect.qq.com/widget/shareqq/index.html',
    params: (d) => [['url', d.url], ['title', d.title], ['desc', d.text], ['pics', d.image]],
  },
  qzone: {
    base: 'https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey',
    params: (d) => [['url', d.url], ['title', d.title], ['summary', d.text], ['pics', d.image]],
  },
  douban: {
    base: 'https://www.douban.com/share/service',
    params: (d) => [['href', d.url], ['name', d.title], ['text', d.text], ['image', d.image]],
  },
}

const ctx: IntentContext = { mobile: false, facebookAppId: '1234567890', mastodon: 'mastodon.social' }

const plain: ShareData = {
  url: 'https://shop.example/p/kettle?utm_source=x&scid=V1StGXR8_Z5jdHi6B-myT',
  title: 'Copper kettle',
  text: 'Half price until Friday',
  image: 'https://cdn.shop.example/kettle.jpg',
}

const hostile: ShareData = {
  url: 'https://shop.example/p/a?b=1&c=d+e%20f#frag',
  title: `"Quoted" & 'single' #1 ?x=y+z 100% 🎁 限时优惠 عرض خاص`,
  text: `Line one: "a" & 'b' #tag ?q=1=2 + 50% off 🎁\n限时优惠 عرض خاص\r\nlast line`,
  image: 'https://cdn.shop.example/a b.jpg?w=600&h=315',
}

const build = (id: ChannelId, data: ShareData, context = ctx): string => {
  const href = registry[id].url!(data, context)
  expect(href, `${id} should build a link`).not.toMatch(/^(image|appId|instance)$/)
  return href
}

/** The endpoint before the query, and the decoded parameters in order. */
const split = (href: string) => {
  const q = href.indexOf('?')
  return { base: href.slice(0, q), params: [...new URL(href).searchParams] }
}

const expected = (row: Expected, data: ShareData) =>
  row.params(data).filter((p): p is [string, string] => !!p[1])

const rows = Object.entries(endpoints) as [ChannelId, Expected][]

describe('web-intent channels', () => {
  it('cover every channel that has a url builder', () => {
    const withUrl = Object.values(registry).filter((c) => c.url).map((c) => c.id)
    expect(rows.map(([id]) => id).sort()).toEqual(withUrl.sort())
  })

  for (const [id, row] of rows) {
    const name = registry[id].name

    it(`builds a ${name} link to ${row.base} with the shared URL`, () => {
      const { base, params } = split(build(id, plain))
      expect(base).toBe(row.base)
      expect(params).toEqual(expected(row, plain))
    })

    it(`carries hostile text through a ${name} link unchanged`, () => {
      const href = build(id, hostile)
      const { base, params } = split(href)
      expect(base).toBe(row.base)
      expect(params).toEqual(expected(row, hostile))
      // Exactly one "?" and no raw "#": the values cannot end the query early.
      expect(href.split('?')).toHaveLength(2)
      expect(href).not.toContain('#')
    })

    it(`writes spaces in a ${name} link as %20, never as +`, () => {
      const href = build(id, hostile)
      expect(href).not.toMatch(/[+ ]/)
      // Link-only channels (Facebook, LinkedIn) carry no copy, so no space to encode.
      if (expected(row, hostile).some(([, value]) => value.includes(' '))) expect(href).toContain('%20')
    })

    if (id !== 'pinterest') {
      it(`builds a ${name} link from the URL alone`, () => {
        const data = { url: plain.url }
        const { base, params } = split(build(id, data))
        expect(base).toBe(row.base)
        expect(params).toEqual(expected(row, data))
      })
    }
  }

  it('builds an SMS link of the form sms:?&body= that iOS and Android both read', () => {
    expect(build('sms', plain)).toMatch(/^sms:\?&body=Half%20price%20until%20Friday%20https%3A%2F%2F/)
  })

  it('puts the link on its own line in an email body', () => {
    expect(new URL(build('email', plain)).searchParams.get('body')).toBe(`${plain.text}\r\n\r\n${plain.url}`)
  })
})

describe('copy that places the link itself ({url})', () => {
  it('carries the link once on every channel, whether it takes the link in the copy or in a field of its own', () => {
    const placed: ShareData = { ...plain, text: `Look: ${plain.url} – half price until Friday` }
    for (const id of Object.keys(endpoints) as ChannelId[]) {
      const params = [...new URL(build(id, placed)).searchParams].filter(([name]) => name !== 'redirect_uri')
      const links = params.reduce((n, [, value]) => n + value.split(plain.url).length - 1, 0)
      expect(links, `${id}: ${JSON.stringify(params)}`).toBe(1)
      // and the copy, on the channels that carry copy at all
      const carries = [...new URL(build(id, plain)).searchParams].some(([, value]) => value.includes(plain.text!))
      expect(params.some(([, value]) => value.includes('half price until Friday')), id).toBe(carries)
    }
  })
})

describe('copy of several lines that places the link', () => {
  it('keeps its line breaks on a channel with a field of its own for the link', () => {
    const text = new URL(build('telegram', { ...plain, text: `New colours!\n${plain.url}\nHalf price until Friday` })).searchParams.get('text')
    expect(text).toBe('New colours!\n\nHalf price until Friday')
  })
})

describe('pinterest', () => {
  it('reports a missing image instead of a link without media', () => {
    expect(registry.pinterest.url!({ url: plain.url, text: 'x' }, ctx)).toBe('image')
    expect(registry.pinterest.url!({ url: plain.url, image: '' }, ctx)).toBe('image')
  })
})

describe('messenger', () => {
  it('opens the Messenger app on phones', () => {
    const href = build('messenger', plain, { mobile: true })
    expect(split(href)).toEqual({ base: 'fb-messenger://share/', params: [['link', plain.url]] })
  })

  it('prefers the app on phones even when an app id is set', () => {
    expect(build('messenger', plain, { mobile: true, facebookAppId: '1' })).toMatch(/^fb-messenger:\/\/share\/\?link=/)
  })

  it('uses the Send dialog with the app id on desktops', () => {
    const href = build('messenger', plain, { mobile: false, facebookAppId: '42' })
    expect(split(href)).toEqual({
      base: 'https://www.facebook.com/dialog/send',
      params: [['app_id', '42'], ['link', plain.url], ['redirect_uri', plain.url]],
    })
  })

  it('reports a missing app id on desktops', () => {
    expect(registry.messenger.url!(plain, { mobile: false })).toBe('appId')
    expect(registry.messenger.url!(plain, { mobile: false, facebookAppId: '' })).toBe('appId')
  })
})

describe('intent', () => {
  it('gives the link that setting url.search gives, for every kind of base the channels use', () => {
    // The URL standard's own way (parse the base, set its search): the reference.
    const bySetter = (base: string, params: Record<string, string | undefined>, prefix = '') => {
      const url = new URL(base)
      const query = new URLSearchParams()
      for (const [key, value] of Object.entries(params)) if (value) query.append(key, value)
      url.search = prefix + query.toString().replace(/\+/g, '%20')
      return url.href
    }
    const bases = ['mailto:', 'sms:', 'viber://forward', 'fb-messenger://share/', 'https://wa.me/', 'https://x.com/intent/tweet', 'https://Mastodon.Example/share', 'https://bücher.example/share']
    const values = [{}, { text: '' }, { text: 'a b+c & d=e?#f "g" <h> ü €' }, { url: 'https://shop.example/p?x=1&y=2#z', text: 'Lantern\r\n\r\nhttps://shop.example' }]
    for (const base of bases) {
      for (const params of values) {
        for (const prefix of ['', '&']) expect(intent(base, params, prefix)).toBe(bySetter(base, params, prefix))
      }
    }
  })
})
