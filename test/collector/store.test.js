// @ts-check
// One suite over each store: SQLite (a file, through better-sqlite3) and PostgreSQL (a real
// server in a throwaway cluster, installed when missing). Same events, same figures.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { startPostgres } from '../../scripts/postgres-cluster.js'
import { openStore } from '../../collector/store.js'
import { stats } from '../../collector/stats.js'
import { dayOf } from '../../collector/days.js'
import { batch, event, post, shareId } from './helpers.js'
import { expected, first, productA, second, t0 } from './fixture.js'

/** @typedef {import('../../collector/store.js').Store} Store */
/** @typedef {import('../../collector/validate-event.js').ShareEvent} ShareEvent */

/** Tables the counters live in: emptied to test that a store rebuilds them. */
const rollupTables = ['counters', 'figures', 'shares', 'products', 'views', 'orders', 'asks']

/**
 * What differs between the two stores: where a fresh database is, and raw SQL on it.
 * @type {Record<string, { setup: () => Promise<void>, teardown: () => Promise<void> | void,
 *   fresh: () => Promise<{ dbPath?: string, databaseUrl?: string }>,
 *   exec: (where: { dbPath?: string, databaseUrl?: string }, sql: string) => Promise<void> }>}
 */
const kinds = (() => {
  /** @type {string} */
  let dir
  let files = 0
  /** @type {Awaited<ReturnType<typeof startPostgres>> | undefined} */
  let cluster
  return {
    sqlite: {
      setup: async () => void (dir = await mkdtemp(join(tmpdir(), 'sharecue-store-'))),
      teardown: () => rm(dir, { recursive: true, force: true }),
      fresh: async () => ({ dbPath: join(dir, `events-${++files}.db`) }),
      exec: async ({ dbPath }, sql) => {
        const db = new Database(String(dbPath))
        db.exec(sql)
        db.close()
      },
    },
    postgres: {
      setup: async () => void (cluster = await startPostgres()),
      teardown: () => cluster?.stop(),
      fresh: async () => ({ databaseUrl: await /** @type {NonNullable<typeof cluster>} */ (cluster).createDatabase() }),
      exec: async ({ databaseUrl }, sql) => {
        const client = new pg.Client({ connectionString: databaseUrl })
        await client.connect()
        await client.query(sql)
        await client.end()
      },
    },
  }
})()

/** @param {Store} store @param {number} [from] @param {number} [to] */
const figures = async (store, from = -1e9, to = 1e9) => stats(await store.counters(from, to))

/** @param {unknown[]} events */
const asEvents = (events) => /** @type {ShareEvent[]} */ (events)

for (const [kind, { setup, teardown, fresh, exec }] of Object.entries(kinds)) {
  describe(`the ${kind} store`, () => {
    before(setup)
    after(teardown)
    /** @type {Store[]} */
    const open = []
    after(() => Promise.all(open.map((store) => store.close())))
    /** @param {{ dbPath?: string, databaseUrl?: string }} [where] */
    const store = async (where) => {
      const opened = await openStore(where ?? (await fresh()))
      open.push(opened)
      return opened
    }

    test('stores each event once by id; the first copy in a batch wins', async () => {
      const s = await store()
      const [a, b] = [event(), event()]
      assert.deepEqual(await s.insert(asEvents([a, b, { ...a, channel: 'x' }])), { accepted: 2, duplicates: 1 })
      assert.deepEqual(await s.insert(asEvents([b, a])), { accepted: 0, duplicates: 2 })
      const recent = await s.recent(10)
      assert.deepEqual(recent.map((e) => e.id), [b.id, a.id])
      assert.equal(recent[1].channel, 'telegram')
      assert.equal((await figures(s)).total, 2)
    })

    test('gives events back as the contract shapes them, newest first', async () => {
      const s = await store()
      const sent = event({ variant: 'bold', parentShareId: shareId('parent'), ts: t0 })
      await s.insert(asEvents([sent]), { receivedAt: t0 + 5 })
      assert.deepEqual(await s.recent(1), [{ ...sent, receivedAt: t0 + 5 }])
    })

    test('keeps the hand-counted figures of the fixture', async () => {
      const s = await store()
      await s.insert(asEvents(first))
      await s.insert(asEvents(second), { dropped: 2 })
      assert.deepEqual(await figures(s), expected)
    })

    test('comes to the same figures with every event sent alone, newest first (landings before their shares, children before parents)', async () => {
      const s = await store()
      const all = [...first, ...second].reverse()
      for (const e of all) await s.insert(asEvents([e]))
      await s.insert([], { dropped: 2 })
      // Only the title differs: the latest sent for product A is now the first fixture's.
      /** @template {{ url: string }} P @param {P[]} products */
      const retitled = (products) => products.map((p) => (p.url === productA ? { ...p, title: 'Trail shoe' } : p))
      const orders = { ...expected.orders, byProduct: retitled(expected.orders.byProduct) }
      assert.deepEqual(await figures(s), { ...expected, byProduct: retitled(expected.byProduct), orders })
    })

    test('stores preview events and keeps them out of every figure', async () => {
      const s = await store()
      await s.insert(asEvents(first))
      const previews = second.map((e) => ({ ...e, preview: true, product: { url: productA, title: 'Preview title' } }))
      assert.deepEqual(await s.insert(asEvents(previews), { dropped: 2 }), { accepted: second.length, duplicates: 0 })
      const recent = await s.recent(1)
      assert.equal(recent[0].preview, true)
      const alone = await store()
      await alone.insert(asEvents(first))
      await alone.insert([], { dropped: 2 })
      assert.deepEqual(await figures(s), await figures(alone))
    })

    test('keeps asks with their answers, counted once per event, and gives them back by share id', async () => {
      const s = await store()
      const asked = shareId('asked')
      await s.insert(asEvents([event({ shareId: asked, ask: true, channel: 'whatsapp', ts: t0 })]))
      const answers = ['yes', 'yes', 'no', 'maybe'].map((reply, i) => ({ id: `answer-${i}-${kind}`.padEnd(12, '_'), type: 'ask_reply', ts: t0 + i, page: productA, shareId: asked, reply }))
      await s.insert(asEvents(answers))
      await s.insert(asEvents(answers))
      const asks = await s.asks([asked, shareId('none')])
      assert.deepEqual([...asks.keys()], [asked])
      assert.deepEqual({ yes: asks.get(asked)?.yes, maybe: asks.get(asked)?.maybe, no: asks.get(asked)?.no }, { yes: 2, maybe: 1, no: 1 })
      const { asks: figuresOf } = await figures(s)
      assert.deepEqual({ asks: figuresOf.asks, answers: figuresOf.answers, yes: figuresOf.yes }, { asks: 1, answers: 4, yes: 2 })
      assert.equal((await s.recent(1))[0].reply, 'maybe')
    })

    test('counts a body sent twice once toward dropped', async () => {
      const s = await store()
      const events = asEvents([event(), event()])
      await s.insert(events, { dropped: 3 })
      await s.insert(events, { dropped: 3 })
      await s.insert([...events, ...asEvents([event()])], { dropped: 2 })
      assert.equal((await figures(s)).dropped, 5)
    })

    test('answers for a range of days, each event on the UTC day of its ts', async () => {
      const s = await store()
      const day = 24 * 60 * 60 * 1000
      await s.insert(asEvents([event({ ts: t0 - day }), event({ ts: t0 }), event({ ts: t0 }), event({ ts: t0 + day, type: 'widget_view' })]))
      assert.equal((await figures(s, dayOf(t0), dayOf(t0))).total, 2)
      assert.deepEqual((await figures(s, dayOf(t0), dayOf(t0 + day))).byType, { widget_view: 1, share_click: 2, share_complete: 0, share_landing: 0, purchase: 0, ask_reply: 0 })
      assert.equal((await figures(s, dayOf(t0 + 2 * day), dayOf(t0 + 9 * day))).total, 0)
    })

    test('rebuilds the figures of a database that has events but no counters (an earlier collector\'s)', async () => {
      const where = await fresh()
      const s = await store(where)
      await s.insert(asEvents(first))
      await s.insert(asEvents(second))
      const before = await figures(s)
      await s.close()
      await exec(where, `DELETE FROM meta; ${rollupTables.map((table) => `DELETE FROM ${table};`).join(' ')}`)
      const reopened = await store(where)
      assert.deepEqual(await figures(reopened), before)
    })

    test('opens a database whose orders predate the signed column: it is added, and the orders it holds count as before', async () => {
      const where = await fresh()
      const s = await store(where)
      const order = (/** @type {string} */ id, /** @type {number} */ value) => event({ type: 'purchase', channel: undefined, shareId: undefined, widget: undefined, product: undefined, order: { id, value, currency: 'EUR' } })
      await s.insert(asEvents([order('7001', 20)]))
      await s.close()
      await exec(where, 'ALTER TABLE orders DROP COLUMN signed')
      const reopened = await store(where)
      await reopened.insert(asEvents([order('7002', 30)]))
      assert.deepEqual((await figures(reopened)).orders.revenue, { EUR: 50 })
    })

    test('says it can be written', async () => {
      const s = await store()
      await assert.doesNotReject(s.writable())
    })

    test('stores each of many concurrent, overlapping batches\' events exactly once', async () => {
      const where = await fresh()
      // Two stores on one PostgreSQL are two collectors; SQLite is one collector per file.
      const stores = kind === 'postgres' ? [await store(where), await store(where)] : [await store(where)]
      const clicks = Array.from({ length: 60 }, (_, i) => event({ shareId: shareId(`c${i}`), parentShareId: i ? shareId(`c${i - 1}`) : undefined, ts: t0 + i }))
      const landings = clicks.map((click) => event({ type: 'share_landing', shareId: click.shareId, ts: click.ts + 1, product: undefined, channel: undefined }))
      const all = [...clicks, ...landings]
      // Each event goes out three times, in batches of 7 cut at different places, to both stores.
      const batches = [0, 3, 5].flatMap((offset) => {
        const shifted = [...all.slice(offset), ...all.slice(0, offset)]
        return Array.from({ length: Math.ceil(shifted.length / 7) }, (_, i) => shifted.slice(i * 7, i * 7 + 7))
      })
      const results = await Promise.all(batches.map((batch, i) => stores[i % stores.length].insert(asEvents(batch))))
      assert.equal(results.reduce((sum, r) => sum + r.accepted, 0), all.length)
      const got = await figures(stores[0])
      assert.equal(got.total, all.length)
      // Every landing came through a recorded share, whichever arrived first.
      assert.deepEqual(got.conversion, { shares: 60, landings: 60, rate: 1 })
      assert.equal(got.byChannel.telegram.share_landing, 60)
      // One chain of 60 clicks, each a child of the one before.
      assert.equal(got.chains.maxDepth, 60)
      assert.equal(Object.values(got.chains.byDepth).every((n) => n === 1), true)
    })

    if (kind === 'postgres') {
      test('two collector processes on one database (npm run collector with SHARECUE_DATABASE_URL) store a batch sent to both once', async (t) => {
        const { databaseUrl } = await fresh()
        const main = fileURLToPath(new URL('../../collector/main.js', import.meta.url))
        const urls = []
        for (let i = 0; i < 2; i++) {
          const child = spawn(process.execPath, [main], {
            env: { ...process.env, PORT: '0', SHARECUE_DATABASE_URL: String(databaseUrl), SHARECUE_HOSTS: 'shop.example' },
            stdio: ['ignore', 'pipe', 'inherit'],
          })
          t.after(async () => {
            if (child.exitCode !== null) return
            child.kill('SIGTERM')
            await once(child, 'exit')
          })
          const [line] = await once(createInterface({ input: child.stdout }), 'line')
          urls.push(String(/(http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1]))
        }
        const events = [event(), event({ type: 'share_landing', shareId: shareId('two-processes') }), event({ shareId: shareId('two-processes') })]
        const answers = await Promise.all(urls.map(async (url) => (await post(url, batch(events))).json()))
        assert.equal(answers[0].accepted + answers[1].accepted, 3)
        assert.equal(answers[0].duplicates + answers[1].duplicates, 3)
        const figures = await (await fetch(`${urls[1]}/stats`)).json()
        assert.equal(figures.total, 3)
        assert.deepEqual(figures.conversion, { shares: 2, landings: 1, rate: 0.5 })
      })
    }
  })
}
