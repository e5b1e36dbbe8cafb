// The demo server: serves the playground (demo/index.html, its panel bundled by
// demo/build.js on start), the gallery and the built widget (dist/) on localhost, with the
// reference collector behind it (POST /events, GET /stats, GET /events/recent). `PORT`
// picks the port (default 8080; 0 picks a free one); `SHARECUE_DB` the SQLite file (default
// collector/demo.db).
import { createServer } from 'node:http'
import { createCollector } from '../collector/index.js'
import { buildPlayground } from './build.js'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
}

/**
 * The demo's sale ends at the end of this month (UTC): a real deadline that every visitor and
 * every reload sees the same, never one that restarts. The page also gets the server's time.
 */
const offerEnd = (now) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - 60_000)
const fillOffer = (html) => {
  const now = new Date()
  return html.replaceAll('__DEADLINE__', offerEnd(now).toISOString()).replaceAll('__NOW__', now.toISOString())
}

/**
 * The demo product's card for link previews (`og:image`), drawn by `sharecue/og` from the
 * same data as the page: GET /og/alpine-trail-runner.png (or .svg; `?locale=zh-CN` for
 * another language). The photo is read from disk and embedded as a data: URL. Needs dist/
 * (npm run build). Answers false for other paths.
 */
const serveCard = async (req, res, pathname) => {
  const [, name, format] = /^\/og\/([a-z0-9-]+)\.(png|svg)$/.exec(pathname) ?? []
  if (name !== 'alpine-trail-runner') return false
  const { renderCardPng, renderCardSvg } = await import('../dist/og.mjs')
  const photo = await readFile(join(root, 'demo', 'product.svg'))
  const product = {
    url: `http://${req.headers.host ?? 'localhost'}/`,
    title: 'Alpine Trail Runner – Ember Red',
    brand: 'Summit Outfitters',
    image: `data:image/svg+xml;base64,${photo.toString('base64')}`,
    price: '129.00',
    currency: 'EUR',
    originalPrice: '159.00',
    stock: 3,
    deadline: offerEnd(new Date()).toISOString(),
  }
  const options = { locale: new URL(req.url, 'http://localhost').searchParams.get('locale') ?? 'en', timeZone: 'UTC' }
  const body = format === 'png' ? await renderCardPng(product, options) : renderCardSvg(product, options)
  res.writeHead(200, { 'content-type': types[`.${format}`], 'cache-control': 'public, max-age=300' })
  res.end(body)
  return true
}

/** The file a URL path names, inside demo/ or dist/ only; undefined for anything else. */
const fileFor = (pathname) => {
  const path = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '')
  if (path === '' || path === '.') return join(root, 'demo', 'index.html')
  const [top] = path.split(sep)
  if (top === 'dist') return join(root, path)
  return join(root, 'demo', path)
}

export const startDemo = async (port = Number(process.env.PORT ?? 8080), host = '127.0.0.1', dbPath = process.env.SHARECUE_DB ?? join(root, 'collector', 'demo.db')) => {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number from 0 to 65535 (0 picks a free one), not ${JSON.stringify(process.env.PORT ?? String(port))}`)
  await buildPlayground()
  return new Promise((resolve, reject) => {
    // Any origin may send: the snippet pasted into a page on another site works as in the
    // playground (a shop's own collector lists its origins in SHARECUE_ORIGINS instead).
    const collector = createCollector({ dbPath, origins: ['*'] })
    const server = createServer(async (req, res) => {
      if (await collector.handle(req, res)) return
      try {
        const { pathname } = new URL(req.url ?? '/', 'http://localhost')
        if (pathname.startsWith('/og/')) {
          try {
            if (await serveCard(req, res, pathname)) return
          } catch (error) {
            res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
            res.end(String(error?.message ?? error))
            return
          }
        }
        let file = fileFor(pathname)
        if (!file.startsWith(join(root, 'demo')) && !file.startsWith(join(root, 'dist'))) throw new Error('outside')
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
        let body = await readFile(file)
        if (file.endsWith('.html')) body = fillOffer(body.toString())
        // dist/ as a CDN serves it: the script tag's lazy parts are ES modules, which a page on
        // another origin (the snippet pasted elsewhere) may import only with CORS.
        const shared = file.startsWith(join(root, 'dist')) ? { 'access-control-allow-origin': '*' } : {}
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...shared })
        res.end(body)
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        res.end('Not found')
      }
    })
    server.on('close', () => collector.close())
    // A port already taken is the usual failure (another server on 8080): say how to pick another.
    server.once('error', (error) => {
      collector.close()
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is in use; start on another with PORT=3000 npm start (PORT=0 picks a free one)`) : error)
    })
    server.listen(port, host, () => resolve(server))
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startDemo().catch((error) => {
    console.error(`sharecue playground: ${error.message}`)
    process.exit(1)
  })
  const { port } = server.address()
  console.log(`sharecue playground: http://localhost:${port}/ (gallery: /gallery.html, events: /stats)`)
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)))
}
