// @ts-check
import { clientOf, isLoopback, networkOf } from './client-of.js'
import { cors, preflightHeaders } from './cors.js'
import { parseDay } from './days.js'
import { createFaults } from './faults.js'
import { ingest } from './ingest.js'
import { pageHosts } from './page-hosts.js'
import { createRateLimit } from './rate-limit.js'
import { readAccess } from './read-access.js'
import { readBody } from './read-body.js'
import { respond } from './respond.js'
import { limits, shareIdPattern } from './schema.js'
import { sharecueSigned, shopifyPurchase, shopifySigned, signedPurchase } from './orders.js'
import { stats } from './stats.js'
import { openStore } from './store.js'

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('./faults.js').FaultOptions} FaultOptions */
/**
 * @typedef {object} CollectorOptions
 * @property {string} [dbPath] SQLite file, or ':memory:' (the default)
 * @property {string} [databaseUrl] a `postgres://` URL: PostgreSQL instead of SQLite
 * @property {string[]} [origins] origins allowed to POST from other sites ('*' for any); default none
 * @property {string[]} [hosts] page hosts whose events are taken (`*.shop.example` for subdomains); default the origins' hosts
 * @property {string} [readToken] the bearer token of /stats and /events/recent; default none: this machine only
 * @property {boolean} [trustProxy] read the client's address, host and scheme from X-Forwarded-*; default false
 * @property {{ requests: number, seconds: number } | false} [rateLimit] POSTs per client; default 120 per 60 s
 * @property {string} [shopifySecret] the secret Shopify signs `orders/create` webhooks with; default none: POST /orders/shopify is refused
 * @property {string} [ordersSecret] the secret of POST /orders signatures; default none: refused
 * @property {FaultOptions} [faults] misbehaviour for tests; default none
 * @property {(error: unknown) => void} [onError] unexpected errors (the request gets a 500 or 503); default console.error
 */
/**
 * @typedef {{ req: Request, res: Response, headers: Record<string, string>, allowed: boolean,
 *   query: URLSearchParams, client: ReturnType<typeof clientOf> }} Context
 */

/** Resolves request targets, which are paths; the host is never used. */
const base = 'http://collector.invalid'

/** Size of GET /events/recent: the default, and the most one answer holds. */
const recentDefault = 50
const recentMax = 200

/**
 * A client that sends more than this waits: the widget sends a batch every few seconds at
 * most (10 events or 2 s), so 120 a minute leaves room for many visitors behind one address.
 */
export const defaultRateLimit = { requests: 120, seconds: 60 }

/** How long a client waits after a 503 (the database unwritable) before it tries again. */
const retryAfterUnavailable = '5'

/** The widest day range /stats answers for (no date given). */
const allDays = { from: -1e9, to: 1e9 }

/** An order webhook's body: Shopify's orders carry every line, address and tax line. */
const orderBodyLimit = 1024 * 1024

/** How long /health waits for a write before it says 503. */
const healthTimeout = 2000

/**
 * The reference collector as a request handler, to mount in any Node HTTP server (the
 * demo's, or `startCollector`'s). It answers POST /events, OPTIONS /events,
 * GET /events/recent, GET /stats, GET /health, GET /replies, POST /orders and POST /orders/shopify, and
 * leaves every other path alone.
 * The store opens in the background: `ready` settles once it is open (or fails to: then the
 * next request tries again).
 * @example
 * const collector = createCollector({ dbPath: 'events.db', origins: ['https://shop.example'] })
 * createServer(async (req, res) => { if (!(await collector.handle(req, res))) serveFiles(req, res) })
 * @param {CollectorOptions} [options]
 */
export const createCollector = ({
  dbPath = ':memory:', databaseUrl, origins = [], hosts, readToken, trustProxy = false,
  rateLimit = defaultRateLimit, shopifySecret, ordersSecret, faults: faultOptions, onError = console.error,
} = {}) => {
  // 'https://shop.example/' written as a URL still means the origin https://shop.example.
  const allowList = origins.map((origin) => (origin !== '*' && URL.canParse(origin) ? new URL(origin).origin : origin))
  const pageAllowed = pageHosts(allowList, hosts)
  const limited = rateLimit ? createRateLimit(rateLimit) : () => 0
  /** @type {import('./store.js').Store | undefined} */
  let store
  const ready = openStore({ dbPath, databaseUrl }).then((opened) => (store = opened))
  // `handle` reports a store that failed to open; this keeps it from being unhandled meanwhile.
  ready.catch(() => {})
  let opening = ready
  let closed = false
  /**
   * The open store. One that failed to open (a database started after the collector, as
   * services started together are) is opened again by the next request that needs it, one
   * attempt at a time: without this, every request got 503 until the process was restarted.
   */
  const opened = () => {
    if (!closed) opening = opening.catch(() => openStore({ dbPath, databaseUrl }).then((again) => (store = again)))
    return opening
  }
  let faults = createFaults(faultOptions)
  const counts = { requests: 0, faulted: 0, stored: 0, duplicates: 0, limited: 0 }
  /** Answers a 'hang' fault holds back, released by close(). @type {Set<Response>} */
  const hanging = new Set()

  /**
   * Answers 429 with `Retry-After` to a client past the rate limit (every route that takes
   * requests from browsers or shops shares one budget per address, per /64 for IPv6).
   * @param {Pick<Context, 'res' | 'headers' | 'client'>} context @returns {boolean} true if it answered
   */
  const refused = ({ res, headers, client }) => {
    const wait = limited(networkOf(client.address))
    if (!wait) return false
    counts.limited++
    respond(res, 429, { error: 'too many requests' }, { ...headers, 'retry-after': String(wait) })
    return true
  }

  /** @param {Context} context */
  const receive = async ({ req, res, headers, allowed, client }) => {
    counts.requests++
    // Browsers send Origin with every POST; a request without one is a program, which may
    // only send from this machine (tests, a relay beside the collector).
    if (!allowed || (req.headers.origin === undefined && !isLoopback(client.address))) {
      return respond(res, 403, { error: 'this origin may not send events here' }, headers)
    }
    if (refused({ res, headers, client })) return
    const encoding = req.headers['content-encoding']
    if (encoding && encoding !== 'identity') {
      return respond(res, 415, { error: 'send the body uncompressed' }, { ...headers, connection: 'close' })
    }
    const body = await readBody(req, limits.body)
    if (body.status === 'aborted') return
    if (body.status === 'too-large') {
      return respond(res, 413, { error: `the body is larger than ${limits.body} bytes` }, { ...headers, connection: 'close' })
    }
    const fault = faults.next()
    if (fault) {
      counts.faulted++
      if (fault === 'drop') return void req.socket.destroy()
      if (fault === 'hang') {
        hanging.add(res)
        return void res.once('close', () => hanging.delete(res))
      }
      /** @type {Record<string, string>} */
      const faultHeaders = { ...headers }
      if (fault === '429') faultHeaders['retry-after'] = String(faults.retryAfter)
      return respond(res, Number(fault), { error: `fault injected: ${fault}` }, faultHeaders)
    }
    let result
    try {
      result = await ingest(body.text, await opened(), { pageAllowed: (page) => pageAllowed(page, client.host) })
    } catch (error) {
      // The batch was not stored: 503 tells the widget to send it again.
      onError(error)
      return respond(res, 503, { error: 'the events could not be stored; send them again' }, { ...headers, 'retry-after': retryAfterUnavailable })
    }
    if ('accepted' in result.body) {
      counts.stored += result.body.accepted
      counts.duplicates += result.body.duplicates
    }
    respond(res, result.status, result.body, headers)
  }

  /**
   * A route for orders from a shop's server: signed with a shared secret (401 without a valid
   * signature, 403 where no secret is set), not bound to origins, pages or CORS; the order is
   * stored as a purchase event, counted once by order id whichever way it came.
   * @param {string | undefined} secret
   * @param {(bytes: Buffer, secret: string, req: Request) => boolean} verify
   * @param {(body: unknown, req: Request, now: number) => { event: import('./validate-event.js').ShareEvent } | { reason: string }} read
   * @param {string} variable the secret's environment variable, named in the refusal
   */
  const orders = (secret, verify, read, variable) => /** @param {Context} context */ async ({ req, res, headers, client }) => {
    counts.requests++
    if (!secret) return respond(res, 403, { error: `orders are not taken here: set ${variable}` }, headers)
    if (refused({ res, headers, client })) return
    const body = await readBody(req, orderBodyLimit)
    if (body.status === 'aborted') return
    if (body.status === 'too-large') {
      return respond(res, 413, { error: `the body is larger than ${orderBodyLimit} bytes` }, { ...headers, connection: 'close' })
    }
    if (!verify(body.bytes, secret, req)) return respond(res, 401, { error: 'the signature does not match the body' }, headers)
    /** @type {unknown} */
    let parsed
    try {
      parsed = JSON.parse(body.text)
    } catch {
      return respond(res, 400, { error: 'the body is not JSON' }, headers)
    }
    const now = Date.now()
    const result = read(parsed, req, now)
    if ('reason' in result) return respond(res, 400, { error: result.reason }, headers)
    let stored
    try {
      stored = await (await opened()).insert([result.event], { receivedAt: now })
    } catch (error) {
      onError(error)
      return respond(res, 503, { error: 'the order could not be stored; send it again' }, { ...headers, 'retry-after': retryAfterUnavailable })
    }
    counts.stored += stored.accepted
    counts.duplicates += stored.duplicates
    respond(res, 200, { accepted: stored.accepted, duplicates: stored.duplicates, shareId: result.event.shareId ?? null }, headers)
  }

  /**
   * Reads from the store; where it cannot (the database down, or not up yet), answers 503 with
   * Retry-After, as writes do, so that a dashboard waits and asks again, and gives undefined.
   * @template T @param {Pick<Context, 'res' | 'headers'>} context
   * @param {(store: Awaited<ReturnType<typeof openStore>>) => Promise<T> | T} query @returns {Promise<[T] | undefined>}
   */
  const read = async ({ res, headers }, query) => {
    try {
      return [await query(await opened())]
    } catch (error) {
      onError(error)
      respond(res, 503, { error: 'the database cannot be read; try again' }, { ...headers, 'retry-after': retryAfterUnavailable })
    }
  }

  /**
   * GET /replies?ids=<share id>,…: the answers to "Ask my friends" shares, for the asker's
   * browser. Holding a share id (21 random characters) is the right to read its counts, so it
   * needs no token; it is bound to the allowed origins like POST /events, rate-limited per
   * client, and answers only for ids that are asks (others are left out).
   * @param {Context} context
   */
  const replies = async ({ res, headers, allowed, query, client }) => {
    counts.requests++
    if (!allowed) return respond(res, 403, { error: 'this origin may not read replies here' }, headers)
    if (refused({ res, headers, client })) return
    const ids = [...new Set((query.get('ids') ?? '').split(','))]
    if (!ids[0] || ids.length > limits.replyIds || !ids.every((id) => shareIdPattern.test(id))) {
      return respond(res, 400, { error: `ids must be 1 to ${limits.replyIds} share ids, comma-separated` }, headers)
    }
    const [asks] = await read({ res, headers }, (store) => store.asks(ids)) ?? []
    if (asks) respond(res, 200, { replies: Object.fromEntries([...asks].map(([id, a]) => [id, { yes: a.yes, maybe: a.maybe, no: a.no }])) }, headers)
  }

  /** @param {Context} context */
  const preflight = ({ res, headers, allowed }) =>
    allowed ? respond(res, 204, undefined, { ...headers, ...preflightHeaders }) : respond(res, 403, undefined, headers)

  /**
   * Wraps a read route: only for the token's holder, or this machine without a token.
   * @param {(context: Context) => unknown} route @returns {(context: Context) => unknown}
   */
  const guarded = (route) => (context) => {
    const refused = readAccess(context.req, context.client, readToken)
    if (refused) return respond(context.res, refused.status, { error: refused.error }, { ...context.headers, ...refused.headers })
    return route(context)
  }

  /** @param {Context} context */
  const recent = async ({ res, headers, query }) => {
    const asked = query.get('limit')
    const limit = asked === null ? recentDefault : Number(asked)
    if (!Number.isInteger(limit) || limit < 1) {
      return respond(res, 400, { error: `limit must be an integer from 1 to ${recentMax}` }, headers)
    }
    const [events] = await read({ res, headers }, (store) => store.recent(Math.min(limit, recentMax))) ?? []
    if (events) respond(res, 200, { events }, headers)
  }

  /** @param {Context} context */
  const figures = async ({ res, headers, query }) => {
    /** @type {Record<string, number>} */
    const range = { ...allDays }
    for (const name of /** @type {const} */ (['from', 'to'])) {
      const text = query.get(name)
      if (text === null) continue
      const day = parseDay(text)
      if (day === undefined) return respond(res, 400, { error: `${name} must be a date, YYYY-MM-DD (UTC)` }, headers)
      range[name] = day
    }
    const [counters] = await read({ res, headers }, (store) => store.counters(range.from, range.to)) ?? []
    if (counters) respond(res, 200, stats(counters), headers)
  }

  /** @param {Context} context */
  const health = async ({ res, headers }) => {
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer
    const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), healthTimeout)))
    try {
      await Promise.race([opened().then((open) => open.writable()), late])
      respond(res, 200, 'ok', headers)
    } catch {
      respond(res, 503, 'the database cannot be written', { ...headers, 'retry-after': retryAfterUnavailable })
    } finally {
      clearTimeout(timer)
    }
  }

  /** @type {Record<string, Record<string, (context: Context) => unknown>>} */
  const routes = {
    '/events': { POST: receive, OPTIONS: preflight },
    '/events/recent': { GET: guarded(recent) },
    '/stats': { GET: guarded(figures) },
    '/health': { GET: health },
    '/replies': { GET: replies },
    '/orders/shopify': {
      POST: orders(
        shopifySecret,
        (bytes, secret, req) => shopifySigned(bytes, secret, String(req.headers['x-shopify-hmac-sha256'] ?? '')),
        (body, req, now) => shopifyPurchase(body, String(req.headers['x-shopify-shop-domain'] ?? ''), now),
        'SHARECUE_SHOPIFY_SECRET',
      ),
    },
    '/orders': {
      POST: orders(
        ordersSecret,
        (bytes, secret, req) => sharecueSigned(bytes, secret, String(req.headers['x-sharecue-signature'] ?? '')),
        (body, _req, now) => signedPurchase(body, now),
        'SHARECUE_ORDERS_SECRET',
      ),
    },
  }

  return {
    ready,
    /** The open store (after `ready`). */
    get store() {
      return store
    },
    /** The SQLite database (better-sqlite3) once open; undefined on PostgreSQL. */
    get db() {
      return store?.db
    },
    counts,
    /**
     * Answers the request if its path is the collector's.
     * @param {Request} req @param {Response} res
     * @returns {Promise<boolean>} true if it answered (or deliberately did not, under a fault)
     */
    async handle(req, res) {
      // An absolute-form target (`GET http://[ HTTP/1.1`) can fail to parse: not ours.
      if (!URL.canParse(req.url ?? '/', base)) return false
      const { pathname, searchParams: query } = new URL(req.url ?? '/', base)
      const route = Object.hasOwn(routes, pathname) ? routes[pathname] : undefined
      if (!route) return false
      const client = clientOf(req, trustProxy)
      const access = cors(req, allowList, client.host, trustProxy ? client.proto : undefined)
      const headers = access.headers
      const action = route[req.method === 'HEAD' ? 'GET' : req.method ?? '']
      try {
        if (action) await action({ req, res, headers, allowed: access.allowed, query, client })
        else {
          const allow = Object.keys(route).flatMap((method) => (method === 'GET' ? ['GET', 'HEAD'] : [method]))
          respond(res, 405, { error: `use ${allow.join(' or ')}` }, { ...headers, allow: allow.join(', ') })
        }
      } catch (error) {
        onError(error)
        respond(res, 500, { error: 'internal error' }, headers)
      }
      return true
    },
    /**
     * Changes the fault mode at run time; the seeded sequence starts again.
     * @param {FaultOptions} [options]
     */
    setFaults(options) {
      faults = createFaults(options)
    },
    /** Lets go of held requests and closes the database once its last batch is written. */
    async close() {
      for (const res of hanging) res.destroy()
      hanging.clear()
      closed = true
      await (await opening.catch(() => undefined))?.close()
    },
  }
}

/** @typedef {ReturnType<typeof createCollector>} Collector */
