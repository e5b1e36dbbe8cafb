// @ts-check
import { dayOf } from './days.js'
import { deltaRows, rollup } from './rollup.js'
import { addedColumns, addedOrderColumns, tables } from './sql-tables.js'

/** @typedef {import('./validate-event.js').ShareEvent & { preview?: boolean }} StoredEvent */
/** @typedef {Record<string, unknown>} Row */
/**
 * What a database gives the store, in `?`-placeholder SQL; each driver translates.
 * @typedef {object} Query
 * @property {(sql: string, params?: unknown[]) => Row[] | Promise<Row[]>} all
 * @property {(sql: string, params?: unknown[]) => number | Promise<number>} run rows changed
 */
/**
 * @typedef {object} Driver
 * @property {'sqlite' | 'postgres'} kind
 * @property {<T>(work: (q: Query & { lock?: (keys: string[]) => unknown }) => Promise<T>) => Promise<T>} write
 *   one write transaction; retried whole when the database asks (a deadlock between processes);
 *   `lock` holds keys until it ends, where processes share the database
 * @property {Query} read reads outside a transaction
 * @property {string} arrival the column that orders events by arrival
 * @property {number} shards how many shards of the counters writers spread over (1 where one writer writes at a time)
 * @property {() => Promise<void> | void} close
 */

/** Columns of `events`, in the order of the insert's values. */
const columns = ['id', 'type', 'ts', 'page', 'widget', 'channel', 'share_id', 'parent_share_id', 'variant',
  'product_url', 'product_title', 'product_sku', 'preview', 'received_at', 'view_id', 'order_id', 'order_value',
  'order_currency', 'order_items', 'ask', 'reply']

/** @param {StoredEvent} e @param {number} receivedAt */
const values = (e, receivedAt) => [
  e.id, e.type, e.ts, e.page, e.widget ?? null, e.channel ?? null, e.shareId ?? null, e.parentShareId ?? null,
  e.variant ?? null, e.product?.url ?? null, e.product?.title ?? null, e.product?.sku ?? null, e.preview ? 1 : 0, receivedAt,
  e.view ?? null, e.order?.id ?? null, e.order?.value ?? null, e.order?.currency ?? null,
  e.order?.items ? JSON.stringify(e.order.items) : null, e.ask ? 1 : 0, e.reply ?? null,
]

/** `(?, ?, …), (?, ?, …)` for `rows` rows of the events' columns. @param {number} rows */
const placeholders = (rows) => Array.from({ length: rows }, () => `(${columns.map(() => '?').join(', ')})`).join(', ')

/**
 * A row as the contract's event again, with the time it arrived.
 * @param {Row} row
 */
export const toEvent = (row) => {
  /** @type {Record<string, unknown>} */
  const event = { id: row.id, type: row.type, ts: Number(row.ts), page: row.page }
  if (row.widget != null) event.widget = row.widget
  if (row.channel != null) event.channel = row.channel
  if (row.share_id != null) event.shareId = row.share_id
  if (row.parent_share_id != null) event.parentShareId = row.parent_share_id
  if (row.variant != null) event.variant = row.variant
  if (row.product_url != null) {
    /** @type {Record<string, unknown>} */
    const product = { url: row.product_url }
    if (row.product_title != null) product.title = row.product_title
    if (row.product_sku != null) product.sku = row.product_sku
    event.product = product
  }
  if (Number(row.preview)) event.preview = true
  if (row.view_id != null) event.view = row.view_id
  if (Number(row.ask)) event.ask = true
  if (row.reply != null) event.reply = row.reply
  if (row.order_id != null) {
    /** @type {Record<string, unknown>} */
    const order = { id: row.order_id, value: Number(row.order_value), currency: row.order_currency }
    if (row.order_items != null) order.items = JSON.parse(String(row.order_items))
    event.order = order
  }
  event.receivedAt = Number(row.received_at)
  return event
}

/** @param {Row} row @returns {import('./rollup.js').Share} */
const toShare = (row) => ({
  shareId: String(row.share_id), parent: row.parent == null ? null : String(row.parent), ts: Number(row.ts),
  depth: Number(row.depth), product: String(row.product), channel: String(row.channel), variant: String(row.variant),
})

/** @param {Row} row @returns {import('./rollup.js').CountedOrder} */
const toOrder = (row) => ({
  orderId: String(row.order_id), ts: Number(row.ts), value: Number(row.value), currency: String(row.currency),
  shareId: row.share_id == null ? null : String(row.share_id), product: String(row.product), channel: String(row.channel),
  variant: String(row.variant), depth: Number(row.depth), signed: Number(row.signed) === 1,
})

/** Rows per multi-row upsert: well under both databases' limits on parameters. */
const upsertChunk = 200

/**
 * Runs one multi-row statement per chunk of rows: `VALUES (?, …), (?, …) <tail>`.
 * @param {Query} q @param {string} head up to VALUES @param {string} tail @param {unknown[][]} rows
 */
const upsert = async (q, head, tail, rows) => {
  for (let i = 0; i < rows.length; i += upsertChunk) {
    const slice = rows.slice(i, i + upsertChunk)
    await q.run(`${head} VALUES ${slice.map((row) => `(${row.map(() => '?').join(', ')})`).join(', ')} ${tail}`, slice.flat())
  }
}

/**
 * Adds a batch's counters, figures and titles: a few statements (each key once, so one
 * statement never updates a row twice), the last of the transaction, so that the rows they
 * lock are held for the commit only; in one shard of the counters, and titles written only
 * where they changed (an upsert locks its row even when it changes nothing).
 * @param {Query} q @param {import('./rollup.js').Deltas} deltas @param {number} shard
 */
const writeDeltas = async (q, deltas, shard) => {
  const rows = deltaRows(deltas)
  const urls = rows.titles.map(([url]) => url)
  const stored = new Map()
  for (let i = 0; i < urls.length; i += upsertChunk) {
    const slice = urls.slice(i, i + upsertChunk)
    for (const row of await q.all(`SELECT url, title FROM products WHERE url IN (${slice.map(() => '?').join(', ')})`, slice)) stored.set(row.url, row.title)
  }
  const changed = rows.titles.filter(([url, title]) => stored.get(url) !== title)
  await upsert(q, 'INSERT INTO products (url, title)', 'ON CONFLICT (url) DO UPDATE SET title = excluded.title', changed)
  await upsert(
    q, 'INSERT INTO figures (day, name, shard, n)', 'ON CONFLICT (day, name, shard) DO UPDATE SET n = figures.n + excluded.n',
    rows.figures.map((f) => [f.day, f.name, shard, f.n]),
  )
  await upsert(
    q, 'INSERT INTO counters (day, type, product, channel, variant, shard, n)',
    'ON CONFLICT (day, type, product, channel, variant, shard) DO UPDATE SET n = counters.n + excluded.n',
    rows.counters.map((c) => [c.day, c.type, c.product, c.channel, c.variant, shard, c.n]),
  )
}

/**
 * The rollup's reads and writes in SQL, inside one transaction. The shares a batch names are
 * read in one statement first (`prefetch`), as most of its events name one.
 * @param {Query & { lock?: (keys: string[]) => unknown }} q
 * @returns {import('./rollup.js').RollupTx & { prefetch: (events: StoredEvent[]) => Promise<void> }}
 */
const rollupTx = (q) => {
  /** What is known of share ids: the share, or null for none. @type {Map<string, import('./rollup.js').Share | null>} */
  const known = new Map()
  /** Landings through, and children of, the shares this batch adds, read up front. */
  /** @type {Map<string, import('./rollup.js').Landing[]>} */
  const landings = new Map()
  /** @type {Map<string, import('./rollup.js').Share[]>} */
  const children = new Map()
  /** `share_id IN (?, …)` over `ids` in chunks. @param {string} sql with `IN (%)` @param {string[]} ids */
  const allIn = async (sql, ids) => {
    /** @type {Row[]} */
    const rows = []
    for (let i = 0; i < ids.length; i += upsertChunk) {
      const slice = ids.slice(i, i + upsertChunk)
      rows.push(...(await q.all(sql.replace('%', slice.map(() => '?').join(', ')), slice)))
    }
    return rows
  }
  /** @param {Row} row @returns {import('./rollup.js').Landing} */
  const toLanding = (row) => ({
    id: String(row.id), ts: Number(row.ts), product: String(row.product_url ?? ''),
    channel: String(row.channel ?? ''), variant: String(row.variant ?? ''),
  })
  return {
    /**
     * Reads the shares a batch names, and for its clicks that are new shares, their
     * landings and children: a few statements instead of several per event.
     * @param {StoredEvent[]} events
     */
    prefetch: async (events) => {
      const named = [...new Set(events.flatMap((e) => [e.shareId, e.parentShareId]).filter((id) => id !== undefined))]
      for (const id of named) known.set(id, null)
      for (const row of await allIn('SELECT * FROM shares WHERE share_id IN (%)', named)) known.set(String(row.share_id), toShare(row))
      const fresh = [...new Set(events.flatMap((e) => (e.type === 'share_click' && e.shareId && !known.get(e.shareId) ? [e.shareId] : [])))]
      for (const id of fresh) {
        landings.set(id, [])
        children.set(id, [])
      }
      const through = await allIn("SELECT id, ts, product_url, channel, variant, share_id FROM events WHERE type = 'share_landing' AND preview = 0 AND share_id IN (%)", fresh)
      for (const row of through) landings.get(String(row.share_id))?.push(toLanding(row))
      for (const row of await allIn('SELECT * FROM shares WHERE parent IN (%)', fresh)) children.get(String(row.parent))?.push(toShare(row))
    },
    share: async (shareId) => {
      if (!known.has(shareId)) {
        const [row] = await q.all('SELECT * FROM shares WHERE share_id = ?', [shareId])
        known.set(shareId, row ? toShare(row) : null)
      }
      return known.get(shareId) ?? undefined
    },
    addShare: async (s) => {
      const added = (await q.run(
        `INSERT INTO shares (share_id, parent, ts, depth, product, channel, variant) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (share_id) DO NOTHING`,
        [s.shareId, s.parent, s.ts, s.depth, s.product, s.channel, s.variant],
      )) > 0
      if (added) {
        known.set(s.shareId, s)
        if (s.parent) children.get(s.parent)?.push(s)
      } else known.delete(s.shareId)
      return added
    },
    landingsOf: async (shareId) =>
      landings.get(shareId) ?? (await q.all(
        "SELECT id, ts, product_url, channel, variant FROM events WHERE share_id = ? AND type = 'share_landing' AND preview = 0",
        [shareId],
      )).map(toLanding),
    childrenOf: async (shareId) => children.get(shareId) ?? (await q.all('SELECT * FROM shares WHERE parent = ?', [shareId])).map(toShare),
    setDepth: async (shareId, depth) => {
      // Every copy read in this transaction learns the new depth.
      const share = known.get(shareId)
      if (share) known.set(shareId, { ...share, depth })
      for (const list of children.values()) {
        for (const [i, child] of list.entries()) if (child.shareId === shareId) list[i] = { ...child, depth }
      }
      return q.run('UPDATE shares SET depth = ? WHERE share_id = ?', [depth, shareId])
    },
    lock: q.lock,
    addView: async (viewId) => (await q.run('INSERT INTO views (view_id) VALUES (?) ON CONFLICT (view_id) DO NOTHING', [viewId])) > 0,
    order: async (orderId) => {
      const [row] = await q.all('SELECT * FROM orders WHERE order_id = ?', [orderId])
      return row ? toOrder(row) : undefined
    },
    putOrder: (o) => q.run(
      `INSERT INTO orders (order_id, ts, value, currency, share_id, product, channel, variant, depth, signed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (order_id) DO UPDATE SET ts = excluded.ts, value = excluded.value, currency = excluded.currency,
       share_id = excluded.share_id, product = excluded.product, channel = excluded.channel, variant = excluded.variant, depth = excluded.depth,
       signed = excluded.signed`,
      [o.orderId, o.ts, o.value, o.currency, o.shareId, o.product, o.channel, o.variant, o.depth, o.signed ? 1 : 0],
    ),
    ordersOf: async (shareId) => (await q.all('SELECT * FROM orders WHERE share_id = ?', [shareId])).map(toOrder),
    addAsk: (a) => q.run(
      'INSERT INTO asks (share_id, ts, product, channel, variant) VALUES (?, ?, ?, ?, ?) ON CONFLICT (share_id) DO NOTHING',
      [a.shareId, a.ts, a.product, a.channel, a.variant],
    ),
    ask: async (shareId) => {
      const [row] = await q.all('SELECT * FROM asks WHERE share_id = ?', [shareId])
      return row ? toAsk(row) : undefined
    },
    addReply: (shareId, answer) => {
      // One of three fixed column names, never text from a request.
      const column = { yes: 'said_yes', maybe: 'said_maybe', no: 'said_no' }[answer]
      return column ? q.run(`UPDATE asks SET ${column} = ${column} + 1 WHERE share_id = ?`, [shareId]) : 0
    },
  }
}

/** @param {Row} row @returns {import('./rollup.js').AskRecord} */
const toAsk = (row) => ({
  shareId: String(row.share_id), ts: Number(row.ts), product: String(row.product), channel: String(row.channel),
  variant: String(row.variant), yes: Number(row.said_yes), maybe: Number(row.said_maybe), no: Number(row.said_no),
})

/** Events per statement when the rollup is rebuilt from stored events. */
const replayChunk = 500

/**
 * The store over any SQL database a driver speaks to: events kept once by id, the figures of
 * /stats kept in counters updated in the same transaction, so that an acknowledged batch is
 * stored with its figures or not at all.
 * @param {Driver} driver
 */
export const createSqlStore = async (driver) => {
  await driver.write(async (q) => {
    // Collectors starting together against one PostgreSQL create the tables once.
    await q.lock?.(['schema'])
    for (const statement of tables(driver.kind)) await q.run(statement)
    for (const [table, added] of /** @type {const} */ ([['events', addedColumns], ['orders', addedOrderColumns]])) {
      const present = new Set((await q.all(driver.kind === 'postgres'
        ? `SELECT column_name AS name FROM information_schema.columns WHERE table_name = '${table}' AND table_schema = current_schema()`
        : `SELECT name FROM pragma_table_info('${table}')`)).map((row) => String(row.name)))
      // Constant names and types, never text from a request.
      for (const [name, type] of added) if (!present.has(name)) await q.run(`ALTER TABLE ${table} ADD COLUMN ${name} ${type}`)
    }
    // A database from before the counters (or one whose rollup was dropped): count what it holds.
    const [done] = await q.all("SELECT value FROM meta WHERE key = 'rollup'")
    if (done) return
    let after = -1
    for (;;) {
      const rows = await q.all(`SELECT ${driver.arrival} AS arrival, * FROM events WHERE ${driver.arrival} > ? ORDER BY ${driver.arrival} LIMIT ${replayChunk}`, [after])
      if (!rows.length) break
      after = Number(rows[rows.length - 1].arrival)
      const events = /** @type {StoredEvent[]} */ (rows.map(toEvent))
      await writeDeltas(q, await rollup(events, rollupTx(q)), 0)
    }
    await q.run("INSERT INTO meta (key, value) VALUES ('rollup', '1') ON CONFLICT (key) DO NOTHING")
  })

  return {
    kind: driver.kind,
    /**
     * Stores a batch in one transaction and updates the figures with it; an id already
     * stored is ignored (delivery is at-least-once, contract §7), and the first copy of an id
     * within the batch wins. The dropped count of a body whose every event was stored before
     * is not added again: it is the same body sent twice (a beacon, then the next page).
     * @param {StoredEvent[]} events valid events
     * @param {{ dropped?: number, receivedAt?: number }} [options]
     * @returns {Promise<{ accepted: number, duplicates: number }>}
     */
    insert: (events, { dropped = 0, receivedAt = Date.now() } = {}) =>
      driver.write(async (q) => {
        /** @type {Map<string, StoredEvent>} */
        const unique = new Map()
        for (const e of events) if (!unique.has(e.id)) unique.set(e.id, e)
        const batch = [...unique.values()]
        // The share ids it reads and writes, held until it commits, so that the rollup of a
        // landing and of the click that shared its link never run at once.
        await q.lock?.(events.flatMap((e) => [e.shareId, e.parentShareId]).filter((key) => key !== undefined))
        /** @type {Set<string>} */
        const fresh = new Set()
        for (let i = 0; i < batch.length; i += replayChunk) {
          const slice = batch.slice(i, i + replayChunk)
          const rows = await q.all(
            `INSERT INTO events (${columns.join(', ')}) VALUES ${placeholders(slice.length)} ON CONFLICT (id) DO NOTHING RETURNING id`,
            slice.flatMap((e) => values(e, receivedAt)),
          )
          for (const row of rows) fresh.add(String(row.id))
        }
        const stored = [...unique.values()].filter((e) => fresh.has(e.id))
        const tx = rollupTx(q)
        await tx.prefetch(stored)
        const deltas = await rollup(stored, tx)
        if (dropped > 0 && (stored.length > 0 || !events.length)) {
          deltas.figures.set(`${dayOf(receivedAt)}\u0000dropped`, dropped)
        }
        await writeDeltas(q, deltas, Math.floor(Math.random() * driver.shards))
        return { accepted: stored.length, duplicates: events.length - stored.length }
      }),
    /**
     * The last events to arrive, newest first.
     * @param {number} limit
     */
    recent: async (limit) =>
      (await driver.read.all(`SELECT * FROM events ORDER BY ${driver.arrival} DESC LIMIT ?`, [limit])).map(toEvent),
    /**
     * The counters of days `from` to `to` (day numbers, both included): rows of
     * `{ type, product, channel, variant, n }`, figures `{ name, n }` and product titles.
     * @param {number} from @param {number} to
     */
    counters: async (from, to) => ({
      counters: await driver.read.all(
        `SELECT type, product, channel, variant, SUM(n) AS n FROM counters WHERE day BETWEEN ? AND ?
         GROUP BY type, product, channel, variant`,
        [from, to],
      ),
      figures: await driver.read.all('SELECT name, SUM(n) AS n FROM figures WHERE day BETWEEN ? AND ? GROUP BY name', [from, to]),
      titles: await driver.read.all('SELECT url, title FROM products'),
    }),
    /**
     * The asks among `ids` with their answers (GET /replies, and the check of a friend's answer).
     * @param {string[]} ids
     * @returns {Promise<Map<string, import('./rollup.js').AskRecord>>}
     */
    asks: async (ids) => {
      const rows = ids.length ? await driver.read.all(`SELECT * FROM asks WHERE share_id IN (${ids.map(() => '?').join(', ')})`, ids) : []
      return new Map(rows.map((row) => [String(row.share_id), toAsk(row)]))
    },
    /** Whether the database takes a write now: what /health answers. */
    writable: () =>
      driver.write(async (q) => q.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', ['health', String(Date.now())])),
    close: () => driver.close(),
  }
}

/** @typedef {Awaited<ReturnType<typeof createSqlStore>>} Store */
