// @ts-check
import pg from 'pg'
import { createSqlStore } from './sql-store.js'

/**
 * Errors after which a transaction is tried again from the start: a deadlock (two
 * collectors deepening the same share chain from both ends) and a serialization failure.
 * https://www.postgresql.org/docs/15/errcodes-appendix.html
 */
const retryCodes = new Set(['40P01', '40001'])
const attempts = 5

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the store's SQL has no `?` in literals). @param {string} sql */
const numbered = (sql) => {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

/** BIGINT columns are JavaScript numbers here: epoch ms and counts stay below 2^53. */
const types = {
  /** @param {number} oid @param {any} format */
  getTypeParser: (oid, format) => (oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format)),
}

/**
 * The store in PostgreSQL, for several collectors (processes, machines) behind one load
 * balancer: each event is stored once by id (`ON CONFLICT DO NOTHING`), the counters are
 * added to in the same transaction, and a transaction holds a lock per share id it touches
 * (`pg_advisory_xact_lock`), so that a landing and the click that shared its link, stored at
 * once by two collectors, are still tied together.
 * @example const store = await createPostgresStore('postgres://sharecue@db.internal/sharecue')
 * @param {string} url a connection string, `postgres://user:password@host:port/database`
 * @param {{ max?: number }} [options] connections in the pool (default 10)
 */
export const createPostgresStore = async (url, { max = 10 } = {}) => {
  // A pool that waits 5 s at most for a connection: past that /health and ingest say 503.
  const pool = new pg.Pool({ connectionString: url, max, types, connectionTimeoutMillis: 5000 })
  // An idle connection the server closes must not take the process down.
  pool.on('error', () => {})
  /** @type {Promise<void> | undefined} */
  let ending
  /** @param {pg.PoolClient | pg.Pool} client @returns {import('./sql-store.js').Query} */
  const queries = (client) => ({
    all: async (sql, params = []) => (await client.query(numbered(sql), params)).rows,
    run: async (sql, params = []) => (await client.query(numbered(sql), params)).rowCount ?? 0,
  })
  const store = createSqlStore({
    kind: 'postgres',
    arrival: 'seq',
    // About one per concurrent writer of a collector's pool: more only adds rows to sum.
    shards: 8,
    read: queries(pool),
    write: async (work) => {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect()
        // A connection lost mid-transaction fails the query that is waiting; without a
        // listener the client's 'error' event would also end the process.
        const ignore = () => {}
        client.on('error', ignore)
        /** @type {unknown} */
        let failure
        try {
          await client.query('BEGIN')
          const value = await work({
            ...queries(client),
            // Sorted, so that two transactions wanting the same keys take them in one order.
            lock: (keys) => client.query(
              'SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM (SELECT DISTINCT unnest($1::text[]) AS k ORDER BY k) AS keys',
              [keys],
            ),
          })
          await client.query('COMMIT')
          return value
        } catch (error) {
          failure = error
          await client.query('ROLLBACK').catch(() => {})
          if (!(attempt < attempts && retryCodes.has(/** @type {{ code?: string }} */ (error)?.code ?? ''))) throw error
        } finally {
          client.off('error', ignore)
          // An error without an SQLSTATE is the connection's own: it is not given back to the pool.
          const code = /** @type {{ code?: unknown }} */ (failure ?? {}).code
          client.release(failure !== undefined && !(typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)))
        }
      }
    },
    // Closing twice (a test, then its cleanup) is harmless.
    close: () => (ending ??= pool.end()),
  })
  // A store that could not open (the database down) lets go of its pool: the collector tries again with another.
  store.catch(() => (ending ??= pool.end()))
  return store
}
