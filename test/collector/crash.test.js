// @ts-check
// `kill -9` at any moment, under load, then start again: the collector starts, every event
// it acknowledged is there, the database is sound and its figures match its events.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { openStore } from '../../collector/store.js'
import { stats } from '../../collector/stats.js'
import { batch, event, post, shareId } from './helpers.js'

const main = fileURLToPath(new URL('../../collector/main.js', import.meta.url))
const kills = 4
/** Clients posting at once while the collector is killed. */
const clients = 6

/**
 * Starts `npm run collector` on a file and resolves its URL once it listens.
 * @param {string} dbPath
 */
const startChild = async (dbPath) => {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: '0', SHARECUE_DB: dbPath, SHARECUE_HOSTS: 'shop.example', SHARECUE_RATE_LIMIT: 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const [line] = await once(createInterface({ input: child.stdout }), 'line')
  const url = /^sharecue collector: (http:\/\/[^ ]+)\/events$/.exec(line)?.[1]
  assert.ok(url, line)
  return { child, url }
}

test(`starts again after ${kills} kill -9s under load, with every acknowledged event and figures that match`, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'sharecue-crash-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const dbPath = join(dir, 'events.db')
  /** @type {Set<string>} */
  const acknowledged = new Set()
  let clicks = 0
  for (let round = 0; round < kills; round++) {
    const { child, url } = await startChild(dbPath)
    t.after(() => child.exitCode === null && child.kill('SIGKILL'))
    let running = true
    const load = Array.from({ length: clients }, async () => {
      while (running) {
        // Clicks and their landings, so the kill also cuts through the rollup's writes.
        const events = Array.from({ length: 20 }, (_, i) => {
          const share = shareId(`k${++clicks}`)
          return i % 2 ? event({ type: 'share_landing', shareId: shareId(`k${clicks - 1}`), channel: undefined }) : event({ shareId: share })
        })
        try {
          const res = await post(url, batch(events))
          if (res.status === 200 && (await res.json()).accepted === events.length) for (const e of events) acknowledged.add(e.id)
        } catch {
          return // killed
        }
      }
    })
    // Somewhere in the middle of the load, a different moment each round.
    await new Promise((resolve) => setTimeout(resolve, 250 + round * 90))
    child.kill('SIGKILL')
    await once(child, 'exit')
    running = false
    await Promise.all(load)
  }
  assert.ok(acknowledged.size > 200, `only ${acknowledged.size} events acknowledged`)
  t.diagnostic(`${acknowledged.size} events acknowledged across ${kills} kills`)

  // It starts again, after the last kill as after the others.
  const { child, url } = await startChild(dbPath)
  assert.equal(await (await fetch(`${url}/health`)).text(), 'ok')
  child.kill('SIGTERM')
  await once(child, 'exit')

  const db = new Database(dbPath, { readonly: true })
  t.after(() => db.close())
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok')
  const stored = new Set(db.prepare('SELECT id FROM events').pluck().all().map(String))
  const lost = [...acknowledged].filter((id) => !stored.has(id))
  assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.size} acknowledged events lost`)
  // The counters were written in the events' transactions: they count exactly what is stored.
  const store = await openStore({ dbPath })
  t.after(() => store.close())
  const figures = stats(await store.counters(-1e9, 1e9))
  assert.equal(figures.total, stored.size)
  const landings = db.prepare("SELECT COUNT(*) FROM events AS l WHERE l.type = 'share_landing' AND l.share_id IN (SELECT share_id FROM events WHERE type = 'share_click')").pluck().get()
  assert.equal(figures.conversion.landings, landings)
})
