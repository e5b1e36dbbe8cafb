// @ts-check
// Which sites may send events: the page's own origin always, others from the allow-list.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { batch, event, post, start, storedIds } from './helpers.js'

const shop = 'https://shop.example'

test('accepts a request without Origin (same origin, or not a browser)', async (t) => {
  const started = await start(t)
  const res = await post(started.url, batch([event()]))
  assert.equal(res.status, 200)
  assert.equal(res.headers.get('access-control-allow-origin'), null)
})

test('accepts a request from its own origin with an empty allow-list', async (t) => {
  const started = await start(t)
  const res = await post(started.url, batch([event()]), { origin: started.url })
  assert.equal(res.status, 200)
})

test('answers an allowed origin with that origin and Vary: Origin', async (t) => {
  const started = await start(t, { origins: ['https://other.example', shop] })
  const res = await post(started.url, batch([event()]), { origin: shop })
  assert.equal(res.status, 200)
  assert.equal(res.headers.get('access-control-allow-origin'), shop)
  // The widget must be able to read Retry-After across origins.
  assert.equal(res.headers.get('access-control-expose-headers'), 'Retry-After')
  assert.equal(res.headers.get('vary'), 'Origin')
  assert.equal((await storedIds(started)).length, 1)
})

test('answers 403 to an origin not on the list and stores nothing', async (t) => {
  const started = await start(t, { origins: [shop] })
  for (const origin of ['https://evil.example', 'https://shop.example.evil.example', 'http://shop.example', 'null']) {
    const res = await post(started.url, batch([event()]), { origin })
    assert.equal(res.status, 403, origin)
    assert.equal(res.headers.get('access-control-allow-origin'), null)
  }
  assert.deepEqual(await storedIds(started), [])
})

test('reads allow-list entries written as URLs as their origin', async (t) => {
  const started = await start(t, { origins: ['https://shop.example/', 'https://other.example/path'] })
  for (const origin of [shop, 'https://other.example']) {
    assert.equal((await post(started.url, batch([event()]), { origin })).status, 200, origin)
  }
})

test("accepts any origin with '*'", async (t) => {
  const started = await start(t, { origins: ['*'] })
  const res = await post(started.url, batch([event()]), { origin: 'https://anywhere.example' })
  assert.equal(res.status, 200)
  assert.equal(res.headers.get('access-control-allow-origin'), 'https://anywhere.example')
})

test('answers a preflight from an allowed origin', async (t) => {
  const started = await start(t, { origins: [shop] })
  const res = await fetch(`${started.url}/events`, {
    method: 'OPTIONS',
    headers: { origin: shop, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  })
  assert.equal(res.status, 204)
  assert.equal(res.headers.get('access-control-allow-origin'), shop)
  assert.equal(res.headers.get('access-control-allow-methods'), 'POST')
  assert.equal(res.headers.get('access-control-allow-headers'), 'Content-Type')
  assert.equal(res.headers.get('access-control-max-age'), '86400')
  assert.equal(res.headers.get('vary'), 'Origin')
  assert.equal(await res.text(), '')
})

test('refuses a preflight from an origin not on the list', async (t) => {
  const started = await start(t, { origins: [shop] })
  const res = await fetch(`${started.url}/events`, {
    method: 'OPTIONS',
    headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
  })
  assert.equal(res.status, 403)
  assert.equal(res.headers.get('access-control-allow-origin'), null)
  assert.equal(res.headers.get('access-control-allow-methods'), null)
})

test('lets an allowed origin read /stats and /events/recent with the token', async (t) => {
  const started = await start(t, { origins: [shop], readToken: 'read-token' })
  for (const path of ['/stats', '/events/recent']) {
    const res = await fetch(`${started.url}${path}`, { headers: { origin: shop, authorization: 'Bearer read-token' } })
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('access-control-allow-origin'), shop)
  }
})
