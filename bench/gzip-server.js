/**
 * The comparison's static server: gzip-compressed responses (so transferred bytes are the
 * gzipped bytes a shop's CDN would send), `Cache-Control: no-store`, and only the files the
 * bench pages need: dist/, the two peers' packages and pages registered with `page()`.
 *
 *   const server = await startGzipServer()
 *   server.page('/bench/x.html', html)
 *   server.url                       // 'http://127.0.0.1:PORT'
 *   await server.close()
 */
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { gzipSync } from 'node:zlib'
import { MIME, ROOT, resolveInside } from '../test/browser/server.js'

const SERVED = ['/dist/', '/node_modules/shareon/dist/', '/node_modules/sharer.js/']

// Level 9, the level size-limit reports, so the bench's bytes and `npm run size` agree.
const gzip = (data) => gzipSync(data, { level: 9 })

export const startGzipServer = async () => {
  const pages = new Map()
  const cache = new Map() // path → compressed body: files do not change during a run
  const sockets = new Set()

  const send = (res, type, body) => {
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, 'cache-control': 'no-store', vary: 'accept-encoding' })
    res.end(body)
  }

  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    if (pages.has(pathname)) return send(res, MIME['.html'], pages.get(pathname))
    const file = SERVED.some((prefix) => pathname.startsWith(prefix)) ? resolveInside(ROOT, pathname) : null
    if (!file || req.method !== 'GET') return res.writeHead(404).end()
    try {
      if (!cache.has(file)) cache.set(file, gzip(await readFile(file)))
      send(res, MIME[extname(file)] ?? 'application/octet-stream', cache.get(file))
    } catch {
      res.writeHead(404).end()
    }
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`
  return {
    url,
    page(pathname, html) { pages.set(pathname, gzip(html)) },
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise((done) => server.close(() => done()))
    },
  }
}
