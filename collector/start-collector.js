// @ts-check
import { createServer } from 'node:http'
import { createCollector } from './create-collector.js'
import { respond } from './respond.js'

/** @typedef {import('./create-collector.js').CollectorOptions} CollectorOptions */
/**
 * @typedef {object} ServerLimits
 * @property {number} [headersTimeout] ms a client has to send its headers (default 10 s)
 * @property {number} [requestTimeout] ms a client has to send its whole request, 64 KiB at most (default 15 s)
 * @property {number} [maxConnections] open connections at once (default 1000); more are closed as they come
 * @property {number} [maxConnectionsPerClient] open connections per client address (default 64); off with `trustProxy`
 */

/**
 * Limits that keep slow, stalled or numerous clients from holding the collector: the headers
 * within 10 s, the whole request within 15 s (a connection that sends nothing is closed then too) (held answers of the 'hang' fault are not
 * affected: they wait after the request was received), an idle kept-alive connection 5 s.
 * Node checks these timers every `connectionsCheckingInterval`, 30 s by default, which let
 * slow clients stay for 30 s; checking each second holds them to what is written here.
 */
export const serverLimits = {
  headersTimeout: 10_000,
  requestTimeout: 15_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 1_000,
  maxConnections: 1000,
  maxConnectionsPerClient: 64,
}

/**
 * Starts the collector on its own HTTP server; any path it does not know answers 404.
 * @example
 * const { url, close } = await startCollector({ port: 0 })
 * await fetch(`${url}/events`, { method: 'POST', body: JSON.stringify({ v: 1, events: [] }) })
 * await close()
 * @param {CollectorOptions & ServerLimits & { port?: number, host?: string }} [options] port 0 (the default) picks a free one
 */
export const startCollector = async ({
  port = 0, host = '127.0.0.1',
  headersTimeout = serverLimits.headersTimeout, requestTimeout = serverLimits.requestTimeout,
  maxConnections = serverLimits.maxConnections, maxConnectionsPerClient = serverLimits.maxConnectionsPerClient,
  ...options
} = {}) => {
  const checkEvery = Math.min(serverLimits.connectionsCheckingInterval, headersTimeout)
  const collector = createCollector(options)
  try {
    await collector.ready
  } catch (error) {
    await collector.close()
    throw error
  }
  const server = createServer({
    headersTimeout,
    requestTimeout,
    keepAliveTimeout: serverLimits.keepAliveTimeout,
    connectionsCheckingInterval: checkEvery,
  }, (req, res) => {
    collector.handle(req, res).then(
      (answered) => answered || respond(res, 404, { error: 'not found' }),
      (error) => {
        (options.onError ?? console.error)(error)
        respond(res, 500, { error: 'internal error' })
      },
    )
  })
  server.maxConnections = maxConnections
  // Behind a proxy every connection comes from the proxy: there the proxy must limit clients.
  if (!options.trustProxy) {
    /** @type {Map<string, number>} */
    const open = new Map()
    server.on('connection', (socket) => {
      const address = socket.remoteAddress ?? ''
      const count = (open.get(address) ?? 0) + 1
      if (count > maxConnectionsPerClient) return void socket.destroy()
      open.set(address, count)
      socket.once('close', () => {
        const left = (open.get(address) ?? 1) - 1
        if (left) open.set(address, left)
        else open.delete(address)
      })
    })
  }
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, host, () => resolve(undefined))
    })
  } catch (error) {
    await collector.close()
    throw error
  }
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address
  /** @type {Promise<void> | undefined} */
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
        server.closeAllConnections()
      }).then(() => collector.close())),
  }
}
