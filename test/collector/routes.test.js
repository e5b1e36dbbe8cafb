// @ts-check
// The collector answers its own routes only, with the right status for the wrong method,
// and mounts into another server (the demo's).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { createCollector } from '../../collector/create-collector.js'
import { start } from './helpers.js'

test('answers GET /health with ok', async (t) => {
  const started = await start(t)
  const res = await fetch(`${started.url}/health`)
  assert.equal(res.status, 200)
  assert.equal(await res.text(), 'ok')
  assert.equal((await fetch(`${started.url}/health`, { method: 'HEAD' })).status, 200)
})

for (const path of ['/', '/event', '/events/', '/stats/', '/events/recent/x', '/health.json']) {
  test(`answers 404 to ${path}`, async (t) => {
    const started = await start(t)
    const res = await fetch(`${started.url}${path}`)
    assert.equal(res.status, 404)
  })
}

/** @type {[string, string, string][]} */
const wrongMethods = [
  ['GET', '/events', 'POST, OPTIONS'],
  ['PUT', '/events', 'POST, OPTIONS'],
  ['POST', '/stats', 'GET, HEAD'],
  ['DELETE', '/events/recent', 'GET, HEAD'],
  ['POST', '/health', 'GET, HEAD'],
]

for (const [method, path, allow] of wrongMethods) {
  test(`answers 405 to ${method} ${path} with Allow: ${allow}`, async (t) => {
    const started = await start(t)
    const res = await fetch(`${started.url}${path}`, { method })
    assert.equal(res.status, 405)
    assert.equal(res.headers.get('allow'), allow)
  })
}

test("mounts into another server and leaves other paths to it", async (t) => {
  const collector = createCollector()
  const server = createServer(async (req, res) => {
    if (!(await collector.handle(req, res))) res.end('demo page')
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  t.after(() => {
    server.close()
    collector.close()
  })
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
  assert.equal(await (await fetch(`http://127.0.0.1:${port}/`)).text(), 'demo page')
  assert.equal(await (await fetch(`http://127.0.0.1:${port}/health`)).text(), 'ok')
})

test('answers 503 with Retry-After, as writes do, and reports the error when the database fails a read', async (t) => {
  /** @type {unknown[]} */
  const errors = []
  const started = await start(t, { onError: (error) => errors.push(error) })
  started.collector.db?.exec('DROP TABLE counters')
  const res = await fetch(`${started.url}/stats`)
  assert.equal(res.status, 503)
  assert.ok(Number(res.headers.get('retry-after')) >= 1)
  assert.deepEqual(await res.json(), { error: 'the database cannot be read; try again' })
  assert.equal(errors.length, 1)
})

test('answers 404, and keeps running, for a request target that is not a path', async (t) => {
  const started = await start(t)
  const { port } = /** @type {import('node:net').AddressInfo} */ (started.server.address())
  const { connect } = await import('node:net')
  const answer = await new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end('GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n'))
    let text = ''
    socket.on('data', (chunk) => (text += chunk))
    socket.on('end', () => resolve(text))
    socket.on('error', reject)
  })
  assert.match(String(answer), /^HTTP\/1\.1 404 /)
  assert.equal(await (await fetch(`${started.url}/health`)).text(), 'ok')
})
