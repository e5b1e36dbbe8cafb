import { describe, expect, it } from 'vitest'
import { buildShareUrl as shareUrl } from '../../src/share/build-share-url'
import { eventually, testEnv } from '../env'

describe('buildShareUrl', () => {
  it('builds a Telegram link with the shared URL and text', () => {
    expect(shareUrl('telegram', { url: 'https://shop.example/p/1', text: 'Trail shoe' }, testEnv().env))
      .toBe('https://t.me/share/url?url=https%3A%2F%2Fshop.example%2Fp%2F1&text=Trail%20shoe')
  })

  it('is null for action channels, with SC402', async () => {
    const { env, codes } = testEnv()
    expect(shareUrl('copy', { url: 'https://shop.example/' }, env)).toBeNull()
    await eventually(() => expect(codes()).toEqual(['SC402']))
  })

  it('is null for unknown channels, with SC101', async () => {
    const { env, codes } = testEnv()
    expect(shareUrl('myspace', { url: 'https://shop.example/' }, env)).toBeNull()
    await eventually(() => expect(codes()).toEqual(['SC101']))
  })

  it('is null for a URL that is not http(s), with SC102', async () => {
    const { env, codes } = testEnv()
    expect(shareUrl('x', { url: 'javascript:alert(1)' }, env)).toBeNull()
    await eventually(() => expect(codes()).toEqual(['SC102']))
  })

  it('is null where the channel lacks something (pinterest without an image)', () => {
    expect(shareUrl('pinterest', { url: 'https://shop.example/' }, testEnv().env)).toBeNull()
  })

  it('leaves out a field the channel does not use, with SC403 once per channel and field', async () => {
    const { env, warnings } = testEnv()
    const data = { url: 'https://shop.example/p/1', title: 'Trail shoe', text: 'Look' }
    expect(shareUrl('whatsapp', data, env)).toBe('https://wa.me/?text=Look%20https%3A%2F%2Fshop.example%2Fp%2F1')
    shareUrl('whatsapp', data, env)
    shareUrl('reddit', data, env)
    await eventually(() => expect(warnings).toEqual([
      '[sharecue] SC403: whatsapp has no place for title; left out of its share URL',
      '[sharecue] SC403: reddit has no place for text; left out of its share URL',
    ]))
  })

  it('says nothing when the channel uses every field given, or a field is empty', async () => {
    const { env, codes } = testEnv()
    shareUrl('qq', { url: 'https://shop.example/p/1', title: 'Trail shoe', text: 'Look', image: 'https://shop.example/p/1.jpg' }, env)
    shareUrl('telegram', { url: 'https://shop.example/p/1', title: '', text: 'Look' }, env)
    // A warning that is wrongly printed arrives after the texts load: give it that time.
    shareUrl('myspace', { url: 'https://shop.example/' }, env)
    await eventually(() => expect(codes()).toEqual(['SC101']))
  })
})
