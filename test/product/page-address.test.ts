import { describe, expect, it } from 'vitest'
import { pageAddress } from '../../src/product/page-address'

const page = (query: string) => `https://shop.example/p/42${query}`

describe('pageAddress', () => {
  it('drops the fragment', () => {
    expect(pageAddress(page('?variant=1#access_token=abc&state=x'))).toBe(page('?variant=1'))
    expect(pageAddress(page('#'))).toBe(page(''))
  })

  it('keeps the other parameters as written when it drops some: a comma stays a comma, %20 stays %20', () => {
    expect(pageAddress(page('?sizes=38,39&session=x&q=a%20b+c~&utm_source=x'), true)).toBe(page('?sizes=38,39&q=a%20b+c~'))
    expect(pageAddress(page('?sizes=38,39&token=x&q=a%20b'))).toBe(page('?sizes=38,39&q=a%20b'))
  })

  // Names as real sites and sign-in flows use them, in every case.
  const dropped = [
    'token', 'access_token', 'accessToken', 'ID_TOKEN', 'refresh-token', 'secret', 'client_secret', 'password', 'PassWord',
    'passwd', 'pwd', 'session', 'sessionid', 'PHPSESSID', 'jsessionid', 'sid', 'auth', 'authorization', 'oauth_verifier',
    'key', 'api_key', 'apiKey', 'code', 'reset_code', 'promoCode', 'postcode', 'email', 'E-Mail', 'mail', 'phone',
    'phone_number', 'mobile', 'tel', 'otp', 'nonce', 'jwt', 'sig', 'signature', 'X-Amz-Signature', 'credential', 'login',
    'user', 'username', 'user_id', 'account', 'ticket', 'address', 'postal', 'birthdate', 'dob', 'first_name', 'LastName',
    'fullname', 'surname', 'pin', 'ssn', 'mc_eid', '_kx', '_hsenc', '_hsmi', 'vero_id',
  ]
  it.each(dropped)('drops a parameter named %s', (name) => {
    expect(pageAddress(page(`?variant=42&${encodeURIComponent(name)}=private&color=red`))).toBe(page('?variant=42&color=red'))
  })

  const kept = ['variant', 'color', 'size', 'id', 'sku', 'q', 'page', 'sort', 'lang', 'utm_source', 'scid', 'ref', 'fbclid']
  it.each(kept)('keeps a parameter named %s', (name) => {
    expect(pageAddress(page(`?${name}=1`))).toBe(page(`?${name}=1`))
  })

  it('also drops the visit\'s attribution from an address to share, and keeps what remains as written', () => {
    expect(pageAddress(page('?variant=42&utm_source=x&UTM_MEDIUM=y&scid=V1StGXR8_Z5jdHi6B-myT&color=red'), true)).toBe(page('?variant=42&color=red'))
    expect(pageAddress(page('?a=b%20c'), true)).toBe(page('?a=b%20c'))
  })

  // A friend's visit through a shared link must not count as the sharer's ad click.
  const clicks = ['gclid', 'GCLID', 'gbraid', 'wbraid', 'dclid', 'fbclid', 'msclkid', 'ttclid', 'twclid', 'li_fat_id', 'yclid', 'igshid', 'mc_cid']
  it.each(clicks)('drops the ad or campaign click id %s from an address to share, and keeps it in a report', (name) => {
    expect(pageAddress(page(`?variant=42&${name}=Cj0KCQ&color=red`), true)).toBe(page('?variant=42&color=red'))
    expect(pageAddress(page(`?variant=42&${name}=Cj0KCQ`))).toBe(page(`?variant=42&${name}=Cj0KCQ`))
  })

  it('keeps parameters that only look like click ids', () => {
    expect(pageAddress(page('?gclid_note=1&xfbclid=2'), true)).toBe(page('?gclid_note=1&xfbclid=2'))
  })

  it('drops every repetition of a parameter', () => {
    expect(pageAddress(page('?token=1&v=2&token=3'))).toBe(page('?v=2'))
  })

  it('gives text that is no URL back without its fragment', () => {
    expect(pageAddress('not a url#secret')).toBe('not a url')
  })
})
