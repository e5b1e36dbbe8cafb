// @ts-check
// GET /events/recent: the last events to arrive, newest first, for the demo's event log.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { batch, event, post, start } from './helpers.js'

/** @param {string} url @param {string} [query] */
const recent = async (url, query = '') => (await (await fetch(`${url}/events/recent${query}`)).json()).events

test('lists events newest first, in order of arrival', async (t) => {
  const started = await start(t)
  const older = [event(), event()]
  const newer = [event(), event(), event()]
  await post(started.url, batch(older))
  await post(started.url, batch(newer))
  const events = await recent(started.url)
  assert.deepEqual(events.map((/** @type {{ id: string }} */ e) => e.id), [...older, ...newer].reverse().map((e) => e.id))
})

test('gives back each event as the contract shapes it, with the time it arrived', async (t) => {
  const started = await start(t)
  const sent = event({ variant: 'bold', extra: 'dropped' })
  await post(started.url, batch([sent]))
  const [got] = await recent(started.url)
  const { extra, ...expected } = /** @type {Record<string, unknown>} */ (sent)
  assert.equal(typeof got.receivedAt, 'number')
  assert.deepEqual({ ...got, receivedAt: undefined }, { ...expected, receivedAt: undefined })
})

test('honours limit, up to 200', async (t) => {
  const started = await start(t)
  const events = Array.from({ length: 210 }, () => event())
  await post(started.url, batch(events))
  const two = await recent(started.url, '?limit=2')
  assert.deepEqual(two.map((/** @type {{ id: string }} */ e) => e.id), [events[209].id, events[208].id])
  assert.equal((await recent(started.url)).length, 50)
  assert.equal((await recent(started.url, '?limit=1000')).length, 200)
})

for (const limit of ['0', '-1', '2.5', 'ten', '']) {
  test(`answers 400 to limit=${limit}`, async (t) => {
    const started = await start(t)
    const res = await fetch(`${started.url}/events/recent?limit=${limit}`)
    assert.equal(res.status, 400)
    assert.deepEqual(await res.json(), { error: 'limit must be an integer from 1 to 200' })
  })
}
