#!/usr/bin/env node
// @ts-check
/**
 * Load bench of the reference collector: `npm run bench:collector`. Loopback only, bounded.
 *
 * For SQLite, PostgreSQL and two collector processes on one PostgreSQL, at 1, 10 and 50
 * connections: events stored per second and request latency (p50, p99), each run followed
 * by an exactly-once check (the figures count every acknowledged event once, though a tenth
 * of the batches are sent twice). Then /stats at a large database, and ingest there.
 * Writes bench/collector.md.
 *
 *   node bench/collector.js [--seconds 5] [--events 1000000] [--pg-events 100000]
 *                           [--only sqlite] [--collector <folder with main.js>] [--out <file>]
 *
 * `--collector` runs another checkout's collector (say, the one before this bench existed):
 * only what that one supports is measured. Each collector is its own process, started
 * with `node <collector>/main.js`, as `npm run collector` does.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startPostgres } from '../scripts/postgres-cluster.js'

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    events: { type: 'string', default: '1000000' },
    'pg-events': { type: 'string', default: '100000' },
    only: { type: 'string' },
    collector: { type: 'string', default: fileURLToPath(new URL('../collector/', import.meta.url)) },
    out: { type: 'string', default: fileURLToPath(new URL('collector.md', import.meta.url)) },
  },
})
const seconds = Number(args.seconds)
/** Events per batch: what the widget sends (10 events or 2 s). */
const batchSize = 10
const concurrencies = [1, 10, 50]
/** Events per batch while filling a large database: as many as fit in 64 KiB. */
const fillBatch = 150
const dir = mkdtempSync(join(tmpdir(), 'sharecue-bench-'))
process.on('exit', () => rmSync(dir, { recursive: true, force: true }))

/**
 * Starts a collector process and resolves its URL and a stop function.
 * @param {Record<string, string>} env
 */
const startCollector = async (env) => {
  const child = spawn(process.execPath, [join(args.collector, 'main.js')], {
    env: { ...process.env, PORT: '0', SHARECUE_HOSTS: 'shop.example', SHARECUE_RATE_LIMIT: 'off', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const [line] = await once(createInterface({ input: child.stdout }), 'line')
  const url = /(http:\/\/127\.0\.0\.1:\d+)\/events/.exec(line)?.[1]
  if (!url) throw new Error(`the collector said: ${line}`)
  const kill = () => child.kill('SIGKILL')
  process.on('exit', kill)
  return {
    url,
    stop: async () => {
      process.off('exit', kill)
      child.kill('SIGTERM')
      await once(child, 'exit')
    },
  }
}

const products = Array.from({ length: 50 }, (_, i) => `https://shop.example/p/${i}`)
const channels = ['x', 'telegram', 'whatsapp', 'copy', 'email', 'facebook', 'linkedin', 'reddit', 'pinterest', 'native']
const variants = ['bold', 'plain', 'urgent']
let serial = 0
/** Share ids of clicks made so far, for landings and child shares to point at. @type {string[]} */
const shared = []
const pad = (/** @type {string} */ text, /** @type {number} */ length) => text.padStart(length, '0').slice(-length)

/** A realistic event: half views, a quarter clicks, landings through earlier clicks. @param {number} now */
const makeEvent = (now) => {
  const n = ++serial
  const id = `b${process.pid}-${pad(String(n), 12)}`
  const product = products[n % products.length]
  const roll = n % 20
  const ts = now - (n % 30) * 86_400_000 - (n % 1000)
  const base = { id, ts, page: product, widget: 'w1', variant: variants[n % 3], product: { url: product, title: `Product ${n % products.length}` } }
  if (roll < 10) return { ...base, type: 'widget_view' }
  if (roll < 15) {
    const shareId = pad(`s${n}`, 21)
    const parent = shared.length && n % 4 === 0 ? shared[(n * 7) % shared.length] : undefined
    shared.push(shareId)
    return { ...base, type: 'share_click', channel: channels[n % channels.length], shareId, ...(parent ? { parentShareId: parent } : {}) }
  }
  if (roll < 16) return { ...base, type: 'share_complete', channel: channels[n % channels.length], shareId: pad(`s${n - 1}`, 21) }
  const through = shared.length ? shared[(n * 13) % shared.length] : pad(`s${n}`, 21)
  return { id, ts, page: `${product}?scid=${through}`, type: 'share_landing', channel: channels[n % channels.length], shareId: through }
}

/**
 * POSTs a body; resolves status and milliseconds.
 * @param {Agent} agent @param {string} url @param {string} body
 * @returns {Promise<{ status: number, ms: number, text: string }>}
 */
const post = (agent, url, body) =>
  new Promise((resolve, reject) => {
    const began = process.hrtime.bigint()
    const req = request(`${url}/events`, { method: 'POST', agent, headers: { 'content-type': 'text/plain;charset=UTF-8', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - began) / 1e6, text }))
    })
    req.on('error', reject)
    req.end(body)
  })

/** @param {number[]} sorted @param {number} p */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/**
 * `connections` clients, each sending batches back to back for `seconds`, spread over the
 * collectors' URLs; a tenth of the batches go twice (at-least-once delivery).
 * @param {string[]} urls @param {number} connections
 */
const load = async (urls, connections) => {
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  /** @type {number[]} */
  const latencies = []
  /** @type {Set<string>} */
  const acknowledged = new Set()
  let errors = 0
  let resent = 0
  const end = Date.now() + seconds * 1000
  await Promise.all(Array.from({ length: connections }, async (_, client) => {
    for (let i = 0; Date.now() < end; i++) {
      const now = Date.now()
      const events = Array.from({ length: batchSize }, () => makeEvent(now))
      const body = JSON.stringify({ v: 1, events })
      for (const copy of i % 10 === 9 ? [0, 1] : [0]) {
        const url = urls[(client + i + copy) % urls.length]
        try {
          const { status, ms } = await post(agent, url, body)
          latencies.push(ms)
          if (status === 200) for (const e of events) acknowledged.add(e.id)
          else errors++
          if (copy) resent++
        } catch {
          errors++
        }
      }
    }
  }))
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return { events: acknowledged.size, perSecond: acknowledged.size / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), requests: latencies.length, errors, resent }
}

/** GET /stats (from loopback: no token needed); resolves JSON and milliseconds. @param {string} url @param {string} [query] */
const getStats = async (url, query = '') => {
  const began = performance.now()
  const res = await fetch(`${url}/stats${query}`)
  const body = await res.json()
  return { ms: performance.now() - began, body }
}

/** @param {number} n */
const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(1))

/** @type {string[]} */
const rows = []
/** @type {string[]} */
const notes = []

/**
 * Runs the three concurrencies against fresh collectors, checking exactly-once after each.
 * @param {string} name @param {() => Promise<{ urls: string[], stop: () => Promise<void> }>} fresh
 */
const bench = async (name, fresh) => {
  for (const connections of concurrencies) {
    const { urls, stop } = await fresh()
    const result = await load(urls, connections)
    const { body: figures } = await getStats(urls[0])
    const exact = figures.total === result.events
    rows.push(`| ${name} | ${connections} | ${fmt(result.perSecond)} | ${result.p50.toFixed(1)} | ${result.p99.toFixed(1)} | ${result.requests.toLocaleString('en')} (${result.resent} sent twice) | ${result.errors} | ${exact ? 'yes' : `**no**: ${figures.total} counted, ${result.events} acknowledged`} |`)
    console.log(rows.at(-1))
    await stop()
  }
}

/**
 * Fills a database through one collector, batch after batch with 50 connections, until it
 * holds `count` events; then times /stats and ingest there.
 * @param {string} name @param {{ urls: string[], stop: () => Promise<void> }} started @param {number} count
 */
const atScale = async (name, { urls, stop }, count, connections = 50) => {
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  const began = performance.now()
  let stored = 0
  await Promise.all(Array.from({ length: connections }, async () => {
    while (stored < count) {
      const now = Date.now()
      const events = Array.from({ length: fillBatch }, () => makeEvent(now))
      stored += events.length
      const body = JSON.stringify({ v: 1, events })
      // A 503 (the database busy) is sent again after a pause, as the widget would; 20 times at most.
      for (let attempt = 1; ; attempt++) {
        const { status, text } = await post(agent, urls[0], body)
        if (status === 200) break
        if (status !== 503 || attempt === 20) throw new Error(`filling: ${status} ${text.slice(0, 200)}`)
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
    }
  }))
  agent.destroy()
  const fill = (performance.now() - began) / 1000
  /** @type {number[]} */
  const times = []
  let total = 0
  for (let i = 0; i < 10; i++) {
    const { ms, body } = await getStats(urls[0])
    times.push(ms)
    total = body.total
  }
  times.sort((a, b) => a - b)
  const month = await getStats(urls[0], `?from=${new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10)}`)
  const ingest = await load(urls, 10)
  notes.push(`| ${name} | ${total.toLocaleString('en')} | ${fmt(stored / fill)} | ${times[5].toFixed(1)} | ${times[9].toFixed(1)} | ${month.ms.toFixed(1)} | ${fmt(ingest.perSecond)} | ${ingest.p99.toFixed(1)} |`)
  console.log(notes.at(-1))
  await stop()
}

const sqlite = async () => {
  const started = await startCollector({ SHARECUE_DB: join(dir, `bench-${++serial}.db`) })
  return { urls: [started.url], stop: started.stop }
}

await bench('SQLite', sqlite)
/** @type {Awaited<ReturnType<typeof startPostgres>> | undefined} */
let cluster
if (args.only !== 'sqlite') {
  cluster = await startPostgres({ durable: true })
  const postgres = (/** @type {number} */ processes) => async () => {
    const databaseUrl = await /** @type {NonNullable<typeof cluster>} */ (cluster).createDatabase()
    const started = []
    for (let i = 0; i < processes; i++) started.push(await startCollector({ SHARECUE_DATABASE_URL: databaseUrl }))
    return { urls: started.map((s) => s.url), stop: async () => void (await Promise.all(started.map((s) => s.stop()))) }
  }
  await bench('PostgreSQL', postgres(1))
  await bench('PostgreSQL, 2 processes', postgres(2))
  await atScale('PostgreSQL', await postgres(1)(), Number(args['pg-events']), 10)
}
await atScale('SQLite', await sqlite(), Number(args.events))
cluster?.stop()

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`
const report = `# Collector load bench

\`npm run bench:collector\` (\`node bench/collector.js\`), on ${machine}, ${new Date().toISOString().slice(0, 10)}.
Everything on loopback: the load generator, each collector in its own process
(\`node collector/main.js\`) and PostgreSQL ${cluster ? '(a throwaway cluster, fsync on)' : ''}. Each run lasts ${seconds} s on a fresh
database; a batch is ${batchSize} events (what the widget sends), and every tenth batch is sent twice, to
the other process where there are two. "Exactly once" compares /stats' total with the events acknowledged.

## Ingest

| store | connections | events/s | p50 ms | p99 ms | requests | errors | exactly once |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

## At scale

The database filled through HTTP with batches of ${fillBatch} (50 connections; 10 for PostgreSQL, whose pool holds 10), then /stats timed 10 times
(median and slowest), /stats for the last 7 days, and ingest at 10 connections on the full database.

| store | events | fill events/s | /stats p50 ms | /stats max ms | /stats 7 days ms | ingest events/s | ingest p99 ms |
|---|---|---|---|---|---|---|---|
${notes.join('\n')}
`
writeFileSync(args.out, report)
console.log(`\nwritten to ${args.out}`)
process.exit(0)
