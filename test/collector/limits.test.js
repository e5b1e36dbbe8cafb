// @ts-check
// Limits that hold: 413 for large bodies whatever the client, the header and body timeouts
// as documented, caps on open connections, and /health 503 while the database is locked.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { serverLimits } from '../../collector/start-collector.js'
import { start } from './helpers.js'

/**
 * Opens a raw connection from `localAddress` (any of 127.0.0.0/8 is this machine), writes
 * `text`, and resolves what came back once the server closes it, with the time it took.
 * @param {string} url @param {string | Buffer} text @param {string} [localAddress]
 */
const raw = (url, text, localAddress = '127.0.0.1') =>
  new Promise((resolve) => {
    const began = Date.now()
    const socket = connect({ port: Number(new URL(url).port), host: '127.0.0.1', localAddress })
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk))
    socket.on('error', () => {})
    socket.on('close', () => resolve({ answer, ms: Date.now() - began }))
    socket.write(text)
  })

/**
 * Open idle connections: connected, nothing sent.
 * @param {string} url @param {number} count @param {string} localAddress
 */
const idle = async (url, count, localAddress) => {
  const sockets = Array.from({ length: count }, () => connect({ port: Number(new URL(url).port), host: '127.0.0.1', localAddress }))
  await Promise.all(sockets.map((socket) => once(socket, 'connect')))
  // Reading, so that the server closing them is seen.
  for (const socket of sockets) socket.resume()
  return sockets
}

test('answers 413, not a reset, to a 2 MiB body written whole before the answer is read', async (t) => {
  const started = await start(t)
  const size = 2 * 1024 * 1024
  const head = `POST /events HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: ${size}\r\n\r\n`
  const { answer } = /** @type {{ answer: string }} */ (await raw(started.url, Buffer.concat([Buffer.from(head), Buffer.alloc(size, 'x')])))
  assert.match(answer, /^HTTP\/1\.1 413 /)
  assert.match(answer, /the body is larger than 65536 bytes/)
})

test('has the timeouts its README states, checked every second', (t) => {
  assert.equal(serverLimits.headersTimeout, 10_000)
  assert.equal(serverLimits.requestTimeout, 15_000)
  assert.equal(serverLimits.connectionsCheckingInterval, 1_000)
})

test('closes a connection whose headers do not arrive within headersTimeout, with 408', async (t) => {
  const started = await start(t, { headersTimeout: 1000, requestTimeout: 2000 })
  const { answer, ms } = /** @type {{ answer: string, ms: number }} */ (await raw(started.url, 'POST /events HTTP/1.1\r\nHost: x\r\n'))
  assert.match(answer, /^HTTP\/1\.1 408 /)
  // The timer is checked every second at most: within two of the limit, not Node's default 30.
  assert.ok(ms >= 900 && ms < 3000, `closed after ${ms} ms`)
})

test('closes a connection whose body does not arrive within requestTimeout, with 408', async (t) => {
  const started = await start(t, { headersTimeout: 1000, requestTimeout: 2000 })
  const { answer, ms } = /** @type {{ answer: string, ms: number }} */ (
    await raw(started.url, 'POST /events HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"v":1,')
  )
  assert.match(answer, /^HTTP\/1\.1 408 /)
  assert.ok(ms >= 1900 && ms < 4000, `closed after ${ms} ms`)
})

test('caps the connections of one client, and others still get through', async (t) => {
  const started = await start(t, { maxConnectionsPerClient: 5 })
  const hog = await idle(started.url, 5, '127.0.0.2')
  t.after(() => hog.forEach((socket) => socket.destroy()))
  const { answer } = /** @type {{ answer: string }} */ (await raw(started.url, 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n', '127.0.0.2'))
  assert.equal(answer, '', 'the sixth connection of 127.0.0.2 is closed unanswered')
  assert.equal(await (await fetch(`${started.url}/health`)).text(), 'ok')
})

test('caps open connections, and closes connections that send nothing after requestTimeout', async (t) => {
  const started = await start(t, { maxConnections: 8, headersTimeout: 1000, requestTimeout: 2000 })
  const hog = await idle(started.url, 8, '127.0.0.3')
  t.after(() => hog.forEach((socket) => socket.destroy()))
  const { answer } = /** @type {{ answer: string }} */ (await raw(started.url, 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n'))
  assert.equal(answer, '', 'past the cap, a connection is closed unanswered')
  await Promise.all(hog.map((socket) => once(socket, 'close')))
  assert.equal(await (await fetch(`${started.url}/health`)).text(), 'ok')
})

test('/health answers 503 while another process holds the database locked, and ok again after', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'sharecue-health-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const dbPath = join(dir, 'events.db')
  const started = await start(t, { dbPath })
  const other = new Database(dbPath)
  t.after(() => other.close())
  other.exec('BEGIN EXCLUSIVE')
  const res = await fetch(`${started.url}/health`)
  assert.equal(res.status, 503)
  assert.equal(await res.text(), 'the database cannot be written')
  other.exec('ROLLBACK')
  assert.equal((await fetch(`${started.url}/health`)).status, 200)
})
