// @ts-check
import sqlite from 'node-sqlite3-wasm'

/** @typedef {import('./validate-event.js').ShareEvent} ShareEvent */
/** @typedef {import('node-sqlite3-wasm').Database} Database */

// node-sqlite3-wasm is CommonJS without named-export hints, so ESM takes its default export.
const { Database } = sqlite

/**
 * One row per event, one column per field; the rowid keeps the order of arrival. The
 * indexes serve the queries of stats.js.
 */
const schema = `
  CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY NOT NULL,
    type TEXT NOT NULL,
    ts INTEGER NOT NULL,
    page TEXT NOT NULL,
    widget TEXT,
    channel TEXT,
    share_id TEXT,
    parent_share_id TEXT,
    variant TEXT,
    product_url TEXT,
    product_title TEXT,
    product_sku TEXT,
    received_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS events_type ON events (type);
  CREATE INDEX IF NOT EXISTS events_channel ON events (channel, type);
  CREATE INDEX IF NOT EXISTS events_product ON events (product_url, type);
  CREATE INDEX IF NOT EXISTS events_variant ON events (variant, type);
  CREATE INDEX IF NOT EXISTS events_share ON events (share_id, type);
  CREATE INDEX IF NOT EXISTS events_parent ON events (parent_share_id, type);
  CREATE TABLE IF NOT EXISTS dropped (
    received_at INTEGER NOT NULL,
    count INTEGER NOT NULL
  );
`

const insertSql = `INSERT OR IGNORE INTO events
  (id, type, ts, page, widget, channel, share_id, parent_share_id, variant,
   product_url, product_title, product_sku, received_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

/**
 * A row as the contract's event again, with the time it arrived.
 * @param {Record<string, unknown>} row
 */
const toEvent = (row) => {
  /** @type {Record<string, unknown>} */
  const event = { id: row.id, type: row.type, ts: row.ts, page: row.page }
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
  event.receivedAt = row.received_at
  return event
}

/**
 * Opens (or creates) the event database.
 * @example const store = createStore(':memory:'); store.insert(events); store.close()
 * @param {string} [path] a file, or ':memory:' for a database that lives as long as the store
 */
export const createStore = (path = ':memory:') => {
  const db = new Database(path)
  db.exec(schema)
  const insert = db.prepare(insertSql)

  return {
    db,
    /**
     * Stores events in one transaction; an id already stored is ignored (delivery is
     * at-least-once, contract §7).
     * @param {ShareEvent[]} events
     * @param {number} [receivedAt]
     * @returns {{ accepted: number, duplicates: number }}
     */
    insert(events, receivedAt = Date.now()) {
      let accepted = 0
      db.exec('BEGIN')
      try {
        for (const e of events) {
          accepted += insert.run([
            e.id, e.type, e.ts, e.page, e.widget ?? null, e.channel ?? null, e.shareId ?? null,
            e.parentShareId ?? null, e.variant ?? null, e.product?.url ?? null,
            e.product?.title ?? null, e.product?.sku ?? null, receivedAt,
          ]).changes
        }
        db.exec('COMMIT')
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK')
        throw error
      }
      return { accepted, duplicates: events.length - accepted }
    },
    /**
     * Records events a widget had to drop from its full queue.
     * @param {number} count @param {number} [receivedAt]
     */
    addDropped(count, receivedAt = Date.now()) {
      if (count > 0) db.run('INSERT INTO dropped (received_at, count) VALUES (?, ?)', [receivedAt, count])
    },
    /**
     * The last events to arrive, newest first.
     * @param {number} limit
     */
    recent(limit) {
      return db.all('SELECT * FROM events ORDER BY rowid DESC LIMIT ?', [limit]).map((row) => toEvent(row))
    },
    close() {
      if (!db.isOpen) return
      insert.finalize()
      db.close()
    },
  }
}

/** @typedef {ReturnType<typeof createStore>} Store */
