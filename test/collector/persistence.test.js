// @ts-check
// A file database keeps events (and dropped counts) across restarts, and duplicates stay
// duplicates after one.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCollector } from '../../collector/start-collector.js'
import { batch, event, post, storedIds } from './helpers.js'

test('keeps events in a file database across a restart', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'sharecue-collector-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const dbPath = join(dir, 'events.db')
  const events = [event(), event({ type: 'share_landing' })]

  const first = await startCollector({ dbPath, hosts: ['shop.example'] })
  assert.equal((await post(first.url, { v: 1, dropped: 5, events })).status, 200)
  await first.close()

  const second = await startCollector({ dbPath, hosts: ['shop.example'] })
  t.after(() => second.close())
  assert.deepEqual(await storedIds(second), events.map((e) => e.id))
  const stats = await (await fetch(`${second.url}/stats`)).json()
  assert.equal(stats.total, 2)
  assert.equal(stats.dropped, 5)
  // A retry that arrives after the restart is still a duplicate.
  assert.deepEqual(await (await post(second.url, batch(events))).json(), { accepted: 0, duplicates: 2, rejected: [] })
})
