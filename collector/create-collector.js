// @ts-check
import { cors, preflightHeaders } from './cors.js'
import { createFaults } from './faults.js'
import { ingest } from './ingest.js'
import { readBody } from './read-body.js'
import { respond } from './respond.js'
import { limits } from './schema.js'
import { stats } from './stats.js'
import { createStore } from './store.js'

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('./faults.js').FaultOptions} FaultOptions */
/**
 * @typedef {object} CollectorOptions
 * @property {string} [dbPath] SQLite file, or ':memory:' (the default)
 * @property {string[]} [origins] origins allowed to POST from other sites ('*' for any); default none
 * @property {FaultOptions} [faults] misbehaviour for tests; default none
 * @property {(error: unknown) => void} [onError] unexpected errors (the request gets a 500); default console.error
 */
/** @typedef {{ req: Request, res: Response, headers: Record<string, string>, allowed: boolean, query: URLSearchParams }} Context */

/** Resolves request targets, which are paths; the host is never used. */
const base = 'http://collector.invalid'

/** Size of GET /events/recent: the default, and the most one answer holds. */
const recentDefault = 50
const recentMax = 200

/**
 * The reference collector as a request handler, to mount in any Node HTTP server (the
 * demo's, or `startCollector`'s). It answers POST /events, OPTIONS /events,
 * GET /events/recent, GET /stats and GET /health, and leaves every other path alone.
 * @example
 * const collector = createCollector({ dbPath: 'events.db', origins: ['https://shop.example'] })
 * createServer(async (req, res) => { if (!(await collector.handle(req, res))) serveFiles(req, res) })
 * @param {CollectorOptions} [options]
 */
export const createCollector = ({ dbPath = ':memory:', origins = [], faults: faultOptions, onError = console.error } = {}) => {
  // 'https://shop.example/' written as a URL still means the origin https://shop.example.
  const allowList = origins.map((origin) => (origin !== '*' && URL.canParse(origin) ? new URL(origin).origin : origin))
  const store = createStore(dbPath)
  let faults = createFaults(faultOptions)
  const counts = { requests: 0, faulted: 0, stored: 0, duplicates: 0 }
  /** Answers a 'hang' fault holds back, released by close(). @type {Set<Response>} */
  const hanging = new Set()

  /** @param {Context} context */
  const receive = async ({ req, res, headers, allowed }) => {
    counts.requests++
    if (!allowed) return respond(res, 403, { error: 'this origin may not send events here' }, headers)
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
    const { status, body: answer } = ingest(body.text, store)
    if ('accepted' in answer) {
      counts.stored += answer.accepted
      counts.duplicates += answer.duplicates
    }
    respond(res, status, answer, headers)
  }

  /** @param {Context} context */
  const preflight = ({ res, headers, allowed }) =>
    allowed ? respond(res, 204, undefined, { ...headers, ...preflightHeaders }) : respond(res, 403, undefined, headers)

  /** @param {Context} context */
  const recent = ({ res, headers, query }) => {
    const asked = query.get('limit')
    const limit = asked === null ? recentDefault : Number(asked)
    if (!Number.isInteger(limit) || limit < 1) {
      return respond(res, 400, { error: `limit must be an integer from 1 to ${recentMax}` }, headers)
    }
    respond(res, 200, { events: store.recent(Math.min(limit, recentMax)) }, headers)
  }

  /** @type {Record<string, Record<string, (context: Context) => unknown>>} */
  const routes = {
    '/events': { POST: receive, OPTIONS: preflight },
    '/events/recent': { GET: recent },
    '/stats': { GET: ({ res, headers }) => respond(res, 200, stats(store.db), headers) },
    '/health': { GET: ({ res, headers }) => respond(res, 200, 'ok', headers) },
  }

  return {
    db: store.db,
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
      const access = cors(req, allowList)
      const headers = access.headers
      const action = route[req.method === 'HEAD' ? 'GET' : req.method ?? '']
      try {
        if (action) await action({ req, res, headers, allowed: access.allowed, query })
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
    /** Lets go of held requests and closes the database. */
    close() {
      for (const res of hanging) res.destroy()
      hanging.clear()
      store.close()
    },
  }
}

/** @typedef {ReturnType<typeof createCollector>} Collector */
