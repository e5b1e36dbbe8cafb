// @ts-check
// Who may read the figures and who may write events: a token or this machine for reads;
// allowed origins, allowed page hosts and a rate limit for writes; X-Forwarded-* only
// behind a proxy the collector is told to trust.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { request } from 'node:http'
import { createRateLimit } from '../../collector/rate-limit.js'
import { batch, event, post, start, storedIds } from './helpers.js'

const shop = 'https://shop.example'
const token = 'correct-horse-battery-staple'
/** A client on the Internet, as a trusted proxy reports it. */
const remote = { 'x-forwarded-for': '203.0.113.7' }

/** @param {string} url @param {string} path @param {Record<string, string>} [headers] */
const get = (url, path, headers = {}) => fetch(`${url}${path}`, { headers })

for (const path of ['/stats', '/events/recent']) {
  test(`${path}: with a token, answers only its bearer`, async (t) => {
    const started = await start(t, { readToken: token })
    for (const authorization of [undefined, 'Bearer wrong', `Basic ${token}`, `Bearer ${token}x`, 'Bearer ']) {
      const res = await get(started.url, path, authorization ? { authorization } : {})
      assert.equal(res.status, 401, String(authorization))
      assert.equal(res.headers.get('www-authenticate'), 'Bearer realm="sharecue"')
      assert.deepEqual(await res.json(), { error: 'send Authorization: Bearer <SHARECUE_READ_TOKEN>' })
    }
    assert.equal((await get(started.url, path, { authorization: `Bearer ${token}` })).status, 200)
  })

  test(`${path}: without a token, answers this machine only`, async (t) => {
    const started = await start(t, { trustProxy: true })
    assert.equal((await get(started.url, path)).status, 200)
    const res = await get(started.url, path, remote)
    assert.equal(res.status, 403)
    assert.match((await res.json()).error, /SHARECUE_READ_TOKEN/)
  })
}

test('behind a proxy, a last X-Forwarded-For entry with a port is read, and one that is no address is no one: never this machine', async (t) => {
  const started = await start(t, { trustProxy: true })
  // The proxy runs on this machine, so the socket's address is always the loopback.
  assert.equal((await get(started.url, '/stats', { 'x-forwarded-for': '203.0.113.9:51234' })).status, 403)
  assert.equal((await get(started.url, '/stats', { 'x-forwarded-for': '[2001:db8::1]:51234' })).status, 403)
  assert.equal((await get(started.url, '/stats', { 'x-forwarded-for': 'unknown' })).status, 403)
  assert.equal((await get(started.url, '/stats', { 'x-forwarded-for': '203.0.113.9, _hidden' })).status, 403)
  assert.equal((await get(started.url, '/stats', { 'x-forwarded-for': '127.0.0.1:40000' })).status, 200)
})

test('reads no X-Forwarded-For unless told to trust a proxy', async (t) => {
  const started = await start(t)
  // Sent by the client itself: ignored, so it cannot pose as anyone.
  assert.equal((await get(started.url, '/stats', remote)).status, 200)
  assert.equal((await post(started.url, batch([event()]), { headers: remote })).status, 200)
})

test('takes the last X-Forwarded-For address, the one the proxy saw, not what the client claimed', async (t) => {
  const started = await start(t, { trustProxy: true })
  assert.equal((await get(started.url, '/stats', { 'x-forwarded-for': '127.0.0.1, 203.0.113.7' })).status, 403)
})

test('refuses a POST without Origin from another machine: browsers always send one', async (t) => {
  const started = await start(t, { trustProxy: true })
  const res = await post(started.url, batch([event()]), { headers: remote })
  assert.equal(res.status, 403)
  assert.equal((await post(started.url, batch([event()]), { headers: { ...remote, origin: started.url } })).status, 200)
  assert.equal((await storedIds(started)).length, 1)
})

test('behind a proxy that rewrites Host, takes same-origin POSTs by X-Forwarded-Host and -Proto', async (t) => {
  const started = await start(t, { trustProxy: true, hosts: undefined })
  const headers = { ...remote, origin: shop, 'x-forwarded-host': 'shop.example', 'x-forwarded-proto': 'https' }
  const res = await post(started.url, batch([event()]), { headers })
  assert.equal(res.status, 200)
  assert.deepEqual(await res.json(), { accepted: 1, duplicates: 0, rejected: [] })
})

test('behind a proxy, a same-origin POST must match the forwarded scheme too', async (t) => {
  const started = await start(t, { trustProxy: true, hosts: undefined })
  const headers = { ...remote, origin: 'http://shop.example', 'x-forwarded-host': 'shop.example', 'x-forwarded-proto': 'https' }
  assert.equal((await post(started.url, batch([event()]), { headers })).status, 403)
  const port = { ...remote, origin: shop, 'x-forwarded-host': 'shop.example:443', 'x-forwarded-proto': 'https' }
  assert.equal((await post(started.url, batch([event()]), { headers: port })).status, 200)
})

test('with neither origins nor hosts set, takes events from pages of its own host only', async (t) => {
  const started = await start(t, { hosts: undefined })
  const own = `${started.url}/p/1`
  const res = await post(started.url, batch([event({ page: own }), event({ page: 'https://elsewhere.example/p/1' })]), { headers: { origin: started.url } })
  assert.deepEqual(await res.json(), { accepted: 1, duplicates: 0, rejected: [{ index: 1, reason: 'page: not on a site allowed to send events here' }] })
})

test("takes events of pages on the allowed origins' hosts by default, and on SHARECUE_HOSTS when set", async (t) => {
  const byOrigin = await start(t, { origins: [shop], hosts: undefined })
  const pages = ['https://shop.example/p/1', 'http://shop.example:8080/p/2', 'https://evil.example/p/3', 'https://shop.example.evil.example/p/4']
  const res = await post(byOrigin.url, batch(pages.map((page) => event({ page }))), { headers: { origin: shop } })
  assert.deepEqual((await res.json()).rejected.map((/** @type {{ index: number }} */ r) => r.index), [2, 3])

  const byHosts = await start(t, { origins: [shop], hosts: ['*.shop.example', 'other.example'] })
  const more = ['https://www.shop.example/p/1', 'https://other.example/p/2', 'https://shop.example/p/3', 'https://evilshop.example/p/4']
  const answer = await (await post(byHosts.url, batch(more.map((page) => event({ page }))), { headers: { origin: shop } })).json()
  assert.deepEqual(answer.rejected.map((/** @type {{ index: number }} */ r) => r.index), [2, 3])
})

test('answers 429 with Retry-After past the rate limit, per client, and stores nothing then', async (t) => {
  const started = await start(t, { trustProxy: true, rateLimit: { requests: 3, seconds: 60 } })
  const headers = { ...remote, origin: started.url }
  const statuses = []
  for (let i = 0; i < 4; i++) statuses.push((await post(started.url, batch([event()]), { headers })).status)
  assert.deepEqual(statuses, [200, 200, 200, 429])
  const res = await post(started.url, batch([event()]), { headers })
  assert.equal(res.status, 429)
  // One request back every 20 s.
  assert.equal(res.headers.get('retry-after'), '20')
  assert.equal((await storedIds(started)).length, 3)
  // Another client is not held back.
  assert.equal((await post(started.url, batch([event()]), { headers: { ...headers, 'x-forwarded-for': '198.51.100.2' } })).status, 200)
  assert.equal(started.collector.counts.limited, 2)
})

test('refills the rate limit over time', () => {
  let now = 0
  const limit = createRateLimit({ requests: 2, seconds: 10 }, () => now)
  assert.deepEqual([limit('a'), limit('a'), limit('a')], [0, 0, 5])
  now = 4_000
  assert.equal(limit('a'), 1)
  now = 5_000
  assert.equal(limit('a'), 0)
  assert.equal(limit('b'), 0)
})

test('counts an IPv6 /64 as one client: addresses rotated inside it do not pass the rate limit', async (t) => {
  const started = await start(t, { trustProxy: true, rateLimit: { requests: 2, seconds: 60 } })
  /** @param {string} address */
  const from = async (address) => (await post(started.url, batch([event()]), { headers: { origin: started.url, 'x-forwarded-for': address } })).status
  const statuses = []
  for (const address of ['2001:db8:7:1::1', '2001:db8:7:1::2', '2001:db8:7:1:ab:cd:ef:3', '2001:0db8:0007:0001::4']) statuses.push(await from(address))
  assert.deepEqual(statuses, [200, 200, 429, 429])
  // The next /64 is another subscriber; an IPv4 client is itself, mapped or not.
  assert.equal(await from('2001:db8:7:2::1'), 200)
  assert.equal(await from('198.51.100.7'), 200)
})

test('without a token, no web page reads through a browser on this machine: not from another origin, not by a name pointed here (DNS rebinding)', async (t) => {
  const started = await start(t, { origins: ['*'] })
  for (const path of ['/stats', '/events/recent']) {
    assert.equal((await get(started.url, path)).status, 200, 'this machine')
    assert.equal((await get(started.url, path, { origin: started.url })).status, 200, 'a page of the collector itself')
    assert.equal((await get(started.url, path, { origin: 'https://attacker.example' })).status, 403, 'another site')
    const rebound = await new Promise((resolve, reject) => {
      request(`${started.url}${path}`, { headers: { host: 'attacker.example:8787', origin: 'http://attacker.example:8787' } }, (res) => {
        res.resume()
        resolve(res.statusCode)
      }).on('error', reject).end()
    })
    assert.equal(rebound, 403, 'a name of another site')
  }
})
