// @ts-check
import { createServer } from 'node:http'
import { createCollector } from './create-collector.js'
import { respond } from './respond.js'

/** @typedef {import('./create-collector.js').CollectorOptions} CollectorOptions */

/**
 * Time limits that keep a slow or stalled client from holding a connection: the headers
 * within 10 s, the whole request (64 KiB at most) within 15 s. Held answers of the 'hang'
 * fault are not affected: they wait after the request was received.
 */
const headersTimeout = 10_000
const requestTimeout = 15_000

/**
 * Starts the collector on its own HTTP server; any path it does not know answers 404.
 * @example
 * const { url, close } = await startCollector({ port: 0 })
 * await fetch(`${url}/events`, { method: 'POST', body: JSON.stringify({ v: 1, events: [] }) })
 * await close()
 * @param {CollectorOptions & { port?: number, host?: string }} [options] port 0 (the default) picks a free one
 */
export const startCollector = async ({ port = 0, host = '127.0.0.1', ...options } = {}) => {
  const collector = createCollector(options)
  const server = createServer((req, res) => {
    collector.handle(req, res).then(
      (answered) => answered || respond(res, 404, { error: 'not found' }),
      (error) => {
        (options.onError ?? console.error)(error)
        respond(res, 500, { error: 'internal error' })
      },
    )
  })
  server.headersTimeout = headersTimeout
  server.requestTimeout = requestTimeout
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, host, () => resolve(undefined))
    })
  } catch (error) {
    collector.close()
    throw error
  }
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address
  let closing
  return {
    /** The server's origin, e.g. http://127.0.0.1:8787 (POST to `${url}/events`). */
    url: `http://${hostname}:${address.port}`,
    server,
    collector,
    /** Stops accepting, cuts open connections and closes the database. */
    close: () =>
      (closing ??= new Promise((resolve) => {
        server.close(() => resolve(undefined))
        collector.close()
        server.closeAllConnections()
      })),
  }
}
