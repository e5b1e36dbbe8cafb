// @ts-check
// The fault mode the widget's retry tests lean on: each fault stores nothing, and a seed
// makes the sequence of faults exact.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createFaults } from '../../collector/faults.js'
import { createCollector } from '../../collector/create-collector.js'
import { batch, event, post, start, storedIds } from './helpers.js'

/** How long a test client waits before it gives up on a hanging collector. */
const clientTimeout = 200

/**
 * Sends one event and says what happened: 'ok', '500', '429', 'hang' (timed out) or 'drop'
 * (the connection was cut).
 * @param {string} url @param {unknown} sent
 */
const outcome = async (url, sent) => {
  try {
    const res = await post(url, batch([sent]), { signal: AbortSignal.timeout(clientTimeout) })
    await res.arrayBuffer()
    return res.status === 200 ? 'ok' : String(res.status)
  } catch (error) {
    return /** @type {Error} */ (error).name === 'TimeoutError' ? 'hang' : 'drop'
  }
}

test('500: answers 500 and stores nothing', async (t) => {
  const started = await start(t, { faults: { mode: '500' } })
  const res = await post(started.url, batch([event()]))
  assert.equal(res.status, 500)
  assert.deepEqual(await storedIds(started), [])
  assert.deepEqual(started.collector.counts, { requests: 1, faulted: 1, stored: 0, duplicates: 0, limited: 0 })
})

test('429: answers 429 with Retry-After and stores nothing', async (t) => {
  const started = await start(t, { faults: { mode: '429', retryAfter: 7 } })
  const res = await post(started.url, batch([event()]))
  assert.equal(res.status, 429)
  assert.equal(res.headers.get('retry-after'), '7')
  assert.deepEqual(await storedIds(started), [])
})

test('drop: cuts the connection without an answer and stores nothing', async (t) => {
  const started = await start(t, { faults: { mode: 'drop' } })
  await assert.rejects(post(started.url, batch([event()])), (error) => {
    assert.equal(/** @type {Error} */ (error).name, 'TypeError')
    assert.match(String(/** @type {Error} */ (error).cause), /closed|reset|hang up/i)
    return true
  })
  assert.deepEqual(await storedIds(started), [])
})

test('hang: never answers, so the client times out, and stores nothing', async (t) => {
  const started = await start(t, { faults: { mode: 'hang' } })
  assert.equal(await outcome(started.url, event()), 'hang')
  assert.deepEqual(await storedIds(started), [])
  assert.equal(started.collector.counts.faulted, 1)
})

test('close() lets go of requests a hang holds', async () => {
  const collector = createCollector({ faults: { mode: 'hang' } })
  const { createServer } = await import('node:http')
  const server = createServer((req, res) => collector.handle(req, res))
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
  const pending = fetch(`http://127.0.0.1:${port}/events`, { method: 'POST', body: '{"v":1,"events":[]}' })
  await new Promise((resolve) => setTimeout(resolve, 50))
  collector.close()
  await assert.rejects(pending)
  await new Promise((resolve) => server.close(resolve))
})

test('faults touch POST /events only', async (t) => {
  const started = await start(t, { faults: { mode: 'drop' } })
  assert.equal((await fetch(`${started.url}/health`)).status, 200)
  assert.equal((await fetch(`${started.url}/stats`)).status, 200)
  assert.equal((await fetch(`${started.url}/events`, { method: 'OPTIONS' })).status, 204)
})

test('setFaults changes the mode at run time', async (t) => {
  const started = await start(t, { faults: { mode: '500' } })
  const sent = event()
  assert.equal((await post(started.url, batch([sent]))).status, 500)
  started.collector.setFaults({ mode: 'none' })
  assert.equal((await post(started.url, batch([sent]))).status, 200)
  assert.deepEqual(await storedIds(started), [sent.id])
  assert.deepEqual(started.collector.counts, { requests: 2, faulted: 1, stored: 1, duplicates: 0, limited: 0 })
})

test('rate faults the share of requests the seed decides, exactly', async (t) => {
  const options = /** @type {const} */ ({ mode: '500', rate: 0.3, seed: 42 })
  const faults = createFaults(options)
  const expected = Array.from({ length: 30 }, () => (faults.next() ? '500' : 'ok'))
  const started = await start(t, { faults: options })
  const sent = Array.from({ length: 30 }, () => event())
  /** @type {string[]} */
  const got = []
  for (const e of sent) got.push(await outcome(started.url, e))
  assert.deepEqual(got, expected)
  const faulted = expected.filter((o) => o === '500').length
  assert.ok(faulted > 0 && faulted < 30)
  assert.deepEqual(await storedIds(started), sent.filter((_, i) => got[i] === 'ok').map((e) => e.id))
  assert.deepEqual(started.collector.counts, { requests: 30, faulted, stored: 30 - faulted, duplicates: 0, limited: 0 })
})

test('mixed with a seed plays the same mix of every fault and success each time', async (t) => {
  // Seed 15 plays all four faults within 12 requests, with a single (slow) hang.
  const options = /** @type {const} */ ({ mode: 'mixed', rate: 0.5, seed: 15, retryAfter: 0 })
  const faults = createFaults(options)
  const expected = Array.from({ length: 12 }, () => faults.next() ?? 'ok')
  const runs = []
  for (let run = 0; run < 2; run++) {
    const started = await start(t, { faults: options })
    const sent = Array.from({ length: 12 }, () => event())
    /** @type {string[]} */
    /** @type {string[]} */
    const got = []
    for (const e of sent) got.push(await outcome(started.url, e))
    // Only the events that were answered 200 are stored.
    assert.deepEqual(await storedIds(started), sent.filter((_, i) => got[i] === 'ok').map((e) => e.id))
    assert.equal(started.collector.counts.faulted, got.filter((o) => o !== 'ok').length)
    runs.push(got)
  }
  assert.deepEqual(runs[0], expected)
  assert.deepEqual(runs[1], expected)
  assert.deepEqual(new Set(expected), new Set(['ok', '500', '429', 'hang', 'drop']))
})

test('different seeds give different sequences', () => {
  /** @param {number} seed */
  const sequence = (seed) => {
    const faults = createFaults({ mode: 'mixed', seed })
    return Array.from({ length: 40 }, () => faults.next() ?? 'ok').join()
  }
  assert.equal(sequence(1), sequence(1))
  assert.notEqual(sequence(1), sequence(2))
})

test('refuses fault options that make no sense', () => {
  assert.throws(() => createFaults(/** @type {any} */ ({ mode: 'boom' })), /faults.mode/)
  assert.throws(() => createFaults({ mode: '500', rate: 1.5 }), /faults.rate/)
  assert.equal(createFaults().next(), undefined)
  assert.equal(createFaults({ mode: '500', rate: 0 }).next(), undefined)
})
