import { describe, it, expect } from 'vitest'
import { isInstanceHost, mastodon } from '../../src/channels/mastodon'

const data = { url: 'https://shop.example/p/1', text: 'Look at this' }

describe('mastodon', () => {
  it.each(['mastodon.social', 'social.example:8443', 'fosstodon.org', 'Mastodon.Social', 'xn--80ak6aa92e.com', 'localhost'])(
    'accepts the instance host %s',
    (host) => expect(isInstanceHost(host)).toBe(true),
  )

  it.each([
    'evil.com/x', 'javascript:', 'a@b.c', '', 'https://x.y', '//x.y', 'x.y?q', 'x.y#f', 'x y.z', 'x.y:',
    '-x.y', 'x-.y', 'x..y', '.x.y', 'x.y:99999', '1.2.3.999', 'a.b\\c', 'ex\u0430mple.com', undefined,
  ])('rejects %j as an instance host', (host) => expect(isInstanceHost(host)).toBe(false))

  it('builds the share link on the given instance, port included', () => {
    const href = mastodon.url!(data, { mobile: false, mastodon: 'social.example:8443' })
    expect(href).toBe('https://social.example:8443/share?text=Look%20at%20this%20https%3A%2F%2Fshop.example%2Fp%2F1')
  })

  it('asks for an instance when none is set', () => {
    expect(mastodon.url!(data, { mobile: false })).toBe('instance')
  })

  it.each(['evil.com/x', 'javascript:', 'a@b.c', '', 'https://x.y'])('asks for an instance when it is %j', (host) => {
    expect(mastodon.url!(data, { mobile: false, mastodon: host })).toBe('instance')
  })
})
