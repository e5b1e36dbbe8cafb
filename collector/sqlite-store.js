// @ts-check
import Database from 'better-sqlite3'
import { createSqlStore } from './sql-store.js'

/**
 * How long a write waits for another process's lock before it fails (and /health says 503):
 * long enough for any batch, short enough that a client's retry comes soon.
 */
const busyTimeout = 2000

/** Indexes of the collector before its counters, which nothing reads any more and every insert paid for. */
const oldIndexes = ['events_type', 'events_channel', 'events_product', 'events_variant', 'events_share', 'events_parent']

/**
 * Brings a database of an earlier collector up to date: the preview column, and no unused indexes.
 * @param {import('better-sqlite3').Database} db
 */
const migrate = (db) => {
  const columns = /** @type {{ name: string }[]} */ (db.prepare("SELECT name FROM pragma_table_info('events')").all())
  if (columns.length && !columns.some((column) => column.name === 'preview')) {
    db.exec('ALTER TABLE events ADD COLUMN preview SMALLINT NOT NULL DEFAULT 0')
  }
  for (const name of oldIndexes) db.exec(`DROP INDEX IF EXISTS ${name}`)
}

/**
 * The store in an SQLite file through better-sqlite3 (the embedded default). Write-ahead
 * logging: a batch is acknowledged after its COMMIT, and a process killed at any moment
 * leaves a database that opens again with every committed batch (SQLite rolls back the rest
 * on open; https://www.sqlite.org/wal.html). `synchronous = NORMAL` keeps commits safe from a
 * killed process; only a power cut can lose the last commits (set `synchronous: 'FULL'` for that).
 * @example const store = await createSqliteStore('events.db')
 * @param {string} path a file, or ':memory:'
 * @param {{ synchronous?: 'NORMAL' | 'FULL' }} [options]
 */
export const createSqliteStore = async (path, { synchronous = 'NORMAL' } = {}) => {
  const db = new Database(path, { timeout: busyTimeout })
  db.pragma('journal_mode = WAL')
  db.pragma(`synchronous = ${synchronous}`)
  migrate(db)
  /** @type {Map<string, import('better-sqlite3').Statement>} */
  const statements = new Map()
  /** @param {string} sql */
  const prepare = (sql) => {
    let statement = statements.get(sql)
    if (!statement) statements.set(sql, (statement = db.prepare(sql)))
    return statement
  }
  /** @type {import('./sql-store.js').Query} */
  const query = {
    all: (sql, params = []) => {
      const statement = prepare(sql)
      return /** @type {Record<string, unknown>[]} */ (statement.reader ? statement.all(...params) : (statement.run(...params), []))
    },
    run: (sql, params = []) => prepare(sql).run(...params).changes,
  }
  // One connection: a transaction's awaits must not let another batch's statements in.
  /** @type {Promise<unknown>} */
  let queue = Promise.resolve()

  const store = await createSqlStore({
    kind: 'sqlite',
    arrival: 'rowid',
    // One writer at a time: nothing to spread.
    shards: 1,
    read: query,
    write: (work) => {
      const result = queue.then(async () => {
        // IMMEDIATE takes the write lock at once, so a busy database fails here, not midway.
        db.exec('BEGIN IMMEDIATE')
        try {
          const value = await work(query)
          db.exec('COMMIT')
          return value
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK')
          throw error
        }
      })
      queue = result.catch(() => undefined)
      return result
    },
    close: async () => {
      await queue
      if (db.open) db.close()
    },
  })
  return { ...store, db }
}
