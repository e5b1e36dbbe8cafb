// @ts-check
// The PostgreSQL server goes away under a running collector (a crash, a failover, a restart for
// maintenance) and comes back: the collector says 503 with Retry-After meanwhile, so widgets keep
// their events and send them again, and it serves again by itself once the database is back,
// without a restart of its own and without losing or doubling an acknowledged event.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { createCollector } from '../../collector/create-collector.js'
import { startPostgres } from '../../scripts/postgres-cluster.js'
import { batch, event, getStats, post, start } from './helpers.js'

/** @type {Awaited<ReturnType<typeof startPostgres>>} */
let cluster
// Durable, as a production server is: what it acknowledged survives its crash.
before(async () => void (cluster = await startPostgres({ durable: true })))
after(() => cluster?.stop())

test('a database that goes away and comes back: 503 with Retry-After meanwhile, then served again by the same process, every event stored once', async (t) => {
  const errors = /** @type {unknown[]} */ ([])
  const { url } = await start(t, { databaseUrl: await cluster.createDatabase(), onError: (error) => errors.push(error) })
  const before = [event(), event()]
  assert.equal((await post(url, batch(before))).status, 200)

  cluster.down()
  const during = [event(), event()]
  const refused = await post(url, batch(during))
  assert.equal(refused.status, 503, 'the batch was not stored: send it again')
  assert.ok(Number(refused.headers.get('retry-after')) >= 1, 'with a time to wait')
  assert.equal((await fetch(`${url}/health`)).status, 503)
  // Reads say so too: a dashboard (the playground) waits and asks again, not "internal error".
  for (const path of ['/stats', '/events/recent', `/replies?ids=${'a'.repeat(21)}`]) {
    const read = await fetch(url + path)
    assert.deepEqual([path, read.status, Number(read.headers.get('retry-after')) >= 1], [path, 503, true])
  }

  cluster.up()
  // The widget sends the same batch again after Retry-After; a few tries while the pool reconnects.
  let status = 0
  for (let tries = 0; tries < 20 && status !== 200; tries++) {
    status = (await post(url, batch(during))).status
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
  }
  assert.equal(status, 200, 'served again without a restart')
  assert.equal((await fetch(`${url}/health`)).status, 200)
  // The first batch again (a widget that never saw its answer): a duplicate, not a second copy.
  assert.deepEqual(await (await post(url, batch(before))).json(), { accepted: 0, duplicates: 2, rejected: [] })
  const stats = await getStats(url)
  assert.equal(stats.total, 4)
  assert.ok(errors.length >= 1, 'the failures were reported to onError')
})

test('a database not up yet when a mounted collector starts (started together): 503 meanwhile, then served once it is up, without a restart', async (t) => {
  const databaseUrl = await cluster.createDatabase()
  cluster.down()
  const collector = createCollector({ databaseUrl, hosts: ['shop.example'], onError: () => {} })
  const server = createServer(async (req, res) => void ((await collector.handle(req, res)) || res.writeHead(404).end()))
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  t.after(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    await collector.close()
  })
  const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`
  const events = [event(), event()]
  const refused = await post(url, batch(events))
  assert.equal(refused.status, 503, 'not stored: send it again')
  assert.equal((await fetch(`${url}/health`)).status, 503)

  cluster.up()
  let status = 0
  for (let tries = 0; tries < 20 && status !== 200; tries++) {
    status = (await post(url, batch(events))).status
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
  }
  assert.equal(status, 200, 'served once the database is up')
  assert.equal((await fetch(`${url}/health`)).status, 200)
  assert.equal((await getStats(url)).total, 2)
})
