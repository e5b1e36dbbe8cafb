// @ts-check
import { createPostgresStore } from './postgres-store.js'
import { createSqliteStore } from './sqlite-store.js'

/**
 * Opens the store the options name: PostgreSQL for a `postgres://` URL (several collectors
 * share it), else the SQLite file `dbPath` (one collector; `:memory:` lives as long as it).
 * @example const store = await openStore({ databaseUrl: process.env.SHARECUE_DATABASE_URL, dbPath: 'events.db' })
 * @param {{ dbPath?: string, databaseUrl?: string }} options
 * @returns {Promise<import('./sql-store.js').Store & { db?: import('better-sqlite3').Database }>}
 */
export const openStore = ({ dbPath = ':memory:', databaseUrl }) => {
  if (!databaseUrl) return createSqliteStore(dbPath)
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) throw new TypeError('SHARECUE_DATABASE_URL must be a postgres:// URL')
  return createPostgresStore(databaseUrl)
}

/** @typedef {Awaited<ReturnType<typeof openStore>>} Store */
