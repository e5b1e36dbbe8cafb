// @ts-check
// POST /events: what the collector stores, what it refuses, and that no body crashes it.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { request } from 'node:http'
import { batch, event, post, start, storedIds } from './helpers.js'

for (const contentType of ['text/plain;charset=UTF-8', 'application/json']) {
  test(`stores a valid batch sent as ${contentType}`, async (t) => {
    const started = await start(t)
    const events = [event(), event({ type: 'widget_view', channel: undefined, shareId: undefined }), event()]
    const res = await post(started.url, batch(events), { contentType })
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/)
    assert.deepEqual(await res.json(), { accepted: 3, duplicates: 0, rejected: [] })
    assert.deepEqual(await storedIds(started), events.map((e) => e.id))
    assert.deepEqual(started.collector.counts, { requests: 1, faulted: 0, stored: 3, duplicates: 0, limited: 0 })
  })
}

test('stores each field in its own column and drops unknown fields', async (t) => {
  const started = await start(t)
  const sent = event({
    variant: 'bold-copy',
    parentShareId: 'P'.repeat(21),
    tracking: 'not in the contract',
    product: { url: 'https://shop.example/p/1', title: 'Trail shoe', sku: 'TS-1', price: 99 },
  })
  const before = Date.now()
  await post(started.url, batch([sent]))
  const row = /** @type {Record<string, unknown>} */ (started.collector.db?.prepare('SELECT * FROM events').get())
  assert.ok(row)
  const { received_at: receivedAt, ...columns } = row
  assert.deepEqual(columns, {
    id: sent.id,
    type: 'share_click',
    ts: sent.ts,
    page: sent.page,
    widget: 'w1',
    channel: 'telegram',
    share_id: sent.shareId,
    parent_share_id: 'P'.repeat(21),
    variant: 'bold-copy',
    product_url: 'https://shop.example/p/1',
    product_title: 'Trail shoe',
    product_sku: 'TS-1',
    preview: 0,
    view_id: null,
    order_id: null,
    order_value: null,
    order_currency: null,
    order_items: null,
    ask: 0,
    reply: null,
  })
  assert.ok(Number(receivedAt) >= before && Number(receivedAt) <= Date.now())
})

test('drops duplicates by id: the same batch sent twice is stored once', async (t) => {
  const started = await start(t)
  const body = batch([event(), event()])
  assert.deepEqual(await (await post(started.url, body)).json(), { accepted: 2, duplicates: 0, rejected: [] })
  assert.deepEqual(await (await post(started.url, body)).json(), { accepted: 0, duplicates: 2, rejected: [] })
  assert.equal((await storedIds(started)).length, 2)
  assert.deepEqual(started.collector.counts, { requests: 2, faulted: 0, stored: 2, duplicates: 2, limited: 0 })
})

test('counts an id repeated inside one batch as a duplicate', async (t) => {
  const started = await start(t)
  const once = event()
  const res = await post(started.url, batch([once, { ...once, channel: 'x' }, event()]))
  assert.deepEqual(await res.json(), { accepted: 2, duplicates: 1, rejected: [] })
  // The first copy wins: a retry never rewrites what was stored.
  assert.deepEqual(started.collector.db?.prepare('SELECT channel FROM events WHERE id = ?').get(once.id), { channel: 'telegram' })
})

test('answers 200 with every event rejected when none is valid, so the widget does not retry', async (t) => {
  const started = await start(t)
  const res = await post(started.url, batch([{ id: 'x' }, 'nope']))
  assert.equal(res.status, 200)
  assert.deepEqual(await res.json(), {
    accepted: 0,
    duplicates: 0,
    rejected: [
      { index: 0, reason: 'id: must match ^[A-Za-z0-9_-]{10,64}$' },
      { index: 1, reason: 'event: must be an object' },
    ],
  })
  assert.deepEqual(await storedIds(started), [])
})

test('accepts an empty batch', async (t) => {
  const started = await start(t)
  assert.deepEqual(await (await post(started.url, batch([]))).json(), { accepted: 0, duplicates: 0, rejected: [] })
})

test('adds up the events widgets report as dropped from a full queue', async (t) => {
  const started = await start(t)
  await post(started.url, { v: 1, dropped: 3, events: [event()] })
  await post(started.url, { v: 1, dropped: 0, events: [] })
  await post(started.url, { v: 1, dropped: 4, events: [] })
  assert.equal((await (await fetch(`${started.url}/stats`)).json()).dropped, 7)
})

test('counts the dropped count of a body sent twice once', async (t) => {
  const started = await start(t)
  const body = { v: 1, dropped: 3, events: [event(), event()] }
  await post(started.url, body)
  await post(started.url, body)
  // A body with one new event is a new body: its count is new too.
  await post(started.url, { ...body, dropped: 2, events: [...body.events, event()] })
  assert.equal((await (await fetch(`${started.url}/stats`)).json()).dropped, 5)
})

const badBatches = [
  ['malformed JSON', '{"v":1,"events":[', 'the body is not JSON'],
  ['an empty body', '', 'the body is not JSON'],
  ['JSON that is not an object', '[{"v":1}]', 'the body must be an object {"v":1,"events":[…]}'],
  ['JSON null', 'null', 'the body must be an object {"v":1,"events":[…]}'],
  ['a wrong v', { v: 2, events: [] }, 'v must be 1'],
  ['v as a string', { v: '1', events: [] }, 'v must be 1'],
  ['no v', { events: [] }, 'v must be 1'],
  ['events that are not an array', { v: 1, events: { 0: {} } }, 'events must be an array'],
  ['no events', { v: 1 }, 'events must be an array'],
  ['more than 500 events', { v: 1, events: Array.from({ length: 501 }, () => ({})) }, 'events must hold at most 500 events'],
  ['a negative dropped count', { v: 1, dropped: -1, events: [] }, 'dropped must be an integer from 0 to 10000'],
  ['a dropped count that is not an integer', { v: 1, dropped: '3', events: [] }, 'dropped must be an integer from 0 to 10000'],
  ['a dropped count of 1.5', { v: 1, dropped: 1.5, events: [] }, 'dropped must be an integer from 0 to 10000'],
  ['a dropped count over 10,000', { v: 1, dropped: 10_001, events: [] }, 'dropped must be an integer from 0 to 10000'],
  // The audit's count: 1,030 of these overflowed SQLite's SUM and broke /stats for good.
  ['a dropped count of 2^53 - 1', { v: 1, dropped: Number.MAX_SAFE_INTEGER, events: [] }, 'dropped must be an integer from 0 to 10000'],
  ['JSON nested 30,000 levels deep', `${'['.repeat(30000)}${']'.repeat(30000)}`, 'the body must be an object {"v":1,"events":[…]}'],
]

for (const [name, body, error] of badBatches) {
  test(`answers 400 with a JSON error for ${name}`, async (t) => {
    const started = await start(t)
    const res = await post(started.url, body)
    assert.equal(res.status, 400)
    assert.deepEqual(await res.json(), { error })
    assert.deepEqual(await storedIds(started), [])
  })
}

/**
 * A valid one-event batch of exactly `size` bytes, padded with an unknown field (which the
 * collector drops).
 * @param {number} size
 */
const batchOfSize = (size) => {
  const base = JSON.stringify({ v: 1, events: [{ ...event(), pad: '' }] })
  return base.replace('"pad":""', `"pad":"${'x'.repeat(size - Buffer.byteLength(base))}"`)
}

test('accepts a body of exactly 64 KiB', async (t) => {
  const started = await start(t)
  const body = batchOfSize(65536)
  assert.equal(Buffer.byteLength(body), 65536)
  const res = await post(started.url, body)
  assert.equal(res.status, 200)
  assert.equal((await res.json()).accepted, 1)
})

test('answers 413 to a body of 64 KiB + 1 byte and stores nothing', async (t) => {
  const started = await start(t)
  const body = batchOfSize(65537)
  assert.equal(Buffer.byteLength(body), 65537)
  const res = await post(started.url, body)
  assert.equal(res.status, 413)
  assert.deepEqual(await res.json(), { error: 'the body is larger than 65536 bytes' })
  assert.deepEqual(await storedIds(started), [])
})

test('answers 413 to a chunked body that grows past 64 KiB without saying its length', async (t) => {
  const started = await start(t)
  const status = await new Promise((resolve, reject) => {
    const req = request(`${started.url}/events`, { method: 'POST', headers: { 'content-type': 'text/plain' } })
    req.on('response', (res) => {
      res.resume()
      resolve(res.statusCode)
    })
    req.on('error', reject)
    // 8 chunks of 16 KiB: the collector stops keeping bytes after the fifth.
    for (let i = 0; i < 8; i++) req.write('x'.repeat(16384))
    req.end()
  })
  assert.equal(status, 413)
  assert.deepEqual(await storedIds(started), [])
})

test('answers 415 to a compressed body', async (t) => {
  const started = await start(t)
  const res = await fetch(`${started.url}/events`, {
    method: 'POST',
    headers: { 'content-encoding': 'gzip' },
    body: 'not really gzip',
  })
  assert.equal(res.status, 415)
})

test('survives a client that goes away in the middle of a body', async (t) => {
  const started = await start(t)
  await new Promise((resolve) => {
    const req = request(`${started.url}/events`, { method: 'POST', headers: { 'content-length': '5000' } })
    req.on('error', resolve)
    req.write('{"v":1,"events":[', () => setTimeout(() => req.destroy(), 20))
  })
  const res = await fetch(`${started.url}/health`)
  assert.equal(await res.text(), 'ok')
  assert.deepEqual(await storedIds(started), [])
})
