/**
 * A tiny static HTTP server for the browser tests: serves the repository root on 127.0.0.1
 * (ephemeral port), so `/dist/sharecue.js` and `/test/browser/pages/*.html` are reachable,
 * and records every request it receives.
 *
 *   const server = await startServer()
 *   server.url                      // 'http://127.0.0.1:PORT'
 *   server.page('/x.html', html)    // serve an HTML string at a path
 *   server.route('POST', '/events', (req, res, body) => { res.writeHead(204).end() })
 *   server.requests                 // [{ method, path, pathname, headers, body, status, time }]
 *   server.clear()                  // empties `requests` (same array object)
 *   await server.close()
 *
 * No dependencies; no directory listings; nothing outside the repository is served.
 */
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))

export const MIME = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}

const readBody = (req) => new Promise((done, fail) => {
  const chunks = []
  req.on('data', (chunk) => chunks.push(chunk))
  req.on('end', () => done(Buffer.concat(chunks)))
  req.on('error', fail)
})

/** Maps a URL pathname to a file inside `root`, or `null` when it would leave it. */
export const resolveInside = (root, pathname) => {
  let decoded
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const file = resolve(root, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded))
  return file === root || file.startsWith(root + sep) ? file : null
}

export const startServer = async ({ root = ROOT } = {}) => {
  /** @type {Array<{method:string,path:string,pathname:string,headers:Record<string,string|string[]|undefined>,body:string,status:number,time:number}>} */
  const requests = []
  /** key `METHOD path` (method may be `*`) → handler */
  const routes = new Map()
  const sockets = new Set()

  const handle = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const bodyBuffer = await readBody(req)
    const record = {
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      pathname: url.pathname,
      headers: { ...req.headers },
      body: bodyBuffer.toString('utf8'),
      status: 0,
      time: performance.now(),
    }
    requests.push(record)
    res.on('finish', () => { record.status = res.statusCode })

    const route = routes.get(`${record.method} ${url.pathname}`) ?? routes.get(`* ${url.pathname}`)
    if (route) {
      await route(req, res, record.body, record)
      return
    }
    if (record.method !== 'GET' && record.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'text/plain' }).end('method not allowed')
      return
    }
    const file = resolveInside(root, url.pathname)
    if (!file) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden')
      return
    }
    try {
      const info = await stat(file)
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' })
      const data = await readFile(file)
      res.writeHead(200, {
        'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': data.length,
        'cache-control': 'no-store',
      })
      res.end(record.method === 'HEAD' ? undefined : data)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error?.stack ?? error))
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', done)
  })
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
  const origin = `http://127.0.0.1:${port}`

  return {
    url: origin,
    origin,
    port,
    requests,
    /** Empties `requests` in place. */
    clear() { requests.length = 0 },
    /** Registers a handler `(req, res, body, record) => void` for METHOD (or `*`) and an exact pathname. */
    route(method, pathname, handler) {
      routes.set(`${method.toUpperCase()} ${pathname}`, handler)
      return origin + pathname
    },
    /** Serves `html` at `pathname` (GET); returns the page's full URL. */
    page(pathname, html, headers = {}) {
      return this.route('GET', pathname, (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers })
        res.end(html)
      })
    },
    unroute(method, pathname) { routes.delete(`${method.toUpperCase()} ${pathname}`) },
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise((done) => server.close(() => done()))
    },
  }
}
