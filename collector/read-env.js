// @ts-check
import { defaultRateLimit } from './create-collector.js'

/** @param {string | undefined} value comma-separated, blanks dropped */
const list = (value) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean)

/**
 * `SHARECUE_RATE_LIMIT`: `<requests>/<seconds>` per client (`120/60`), or `off`.
 * @param {string | undefined} value
 */
const rateLimit = (value) => {
  if (!value) return defaultRateLimit
  if (value === 'off') return false
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  if (!match || !(Number(match[1]) >= 1 && Number(match[2]) >= 1)) {
    throw new TypeError(`SHARECUE_RATE_LIMIT must be <requests>/<seconds> (e.g. 120/60) or off, not ${value}`)
  }
  return { requests: Number(match[1]), seconds: Number(match[2]) }
}

/**
 * The collector's options from its environment (collector/README.md lists them).
 * @example readEnv({ PORT: '0', SHARECUE_ORIGINS: 'https://shop.example' }, 'events.db')
 * @param {Record<string, string | undefined>} env
 * @param {string} defaultDb the SQLite file when SHARECUE_DB is not set
 * @returns {import('./start-collector.js').ServerLimits & import('./create-collector.js').CollectorOptions & { port: number, host: string }}
 */
export const readEnv = (env, defaultDb) => {
  const hosts = list(env.SHARECUE_HOSTS)
  return {
    port: Number(env.PORT ?? 8787),
    host: env.HOST || '127.0.0.1',
    dbPath: env.SHARECUE_DB || defaultDb,
    databaseUrl: env.SHARECUE_DATABASE_URL || undefined,
    origins: list(env.SHARECUE_ORIGINS),
    hosts: hosts.length ? hosts : undefined,
    readToken: env.SHARECUE_READ_TOKEN || undefined,
    trustProxy: env.SHARECUE_TRUST_PROXY === '1',
    rateLimit: rateLimit(env.SHARECUE_RATE_LIMIT),
    shopifySecret: env.SHARECUE_SHOPIFY_SECRET || undefined,
    ordersSecret: env.SHARECUE_ORDERS_SECRET || undefined,
  }
}
