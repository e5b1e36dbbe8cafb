// @ts-check
// `npm run collector`: starts, prints where to send events, stores them in SHARECUE_DB, and
// closes the database on SIGTERM.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { openStore } from '../../collector/store.js'
import { batch, event, post } from './helpers.js'

const main = fileURLToPath(new URL('../../collector/main.js', import.meta.url))

test('starts, prints its URL, stores events and stops on SIGTERM', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'sharecue-cli-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const dbPath = join(dir, 'cli.db')
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: '0', SHARECUE_DB: dbPath, SHARECUE_ORIGINS: 'https://shop.example, https://other.example' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  t.after(() => child.exitCode === null && child.kill('SIGKILL'))

  const [line] = await once(createInterface({ input: child.stdout }), 'line')
  const match = /^sharecue collector: (http:\/\/127\.0\.0\.1:\d+)\/events$/.exec(line)
  assert.ok(match, line)
  const url = match[1]

  const sent = event()
  const res = await post(url, batch([sent]), { origin: 'https://other.example' })
  assert.equal(res.status, 200)
  assert.equal(res.headers.get('access-control-allow-origin'), 'https://other.example')

  child.kill('SIGTERM')
  const [code] = await once(child, 'exit')
  assert.equal(code, 0)

  const store = await openStore({ dbPath })
  t.after(() => store.close())
  assert.deepEqual((await store.recent(10)).map((e) => e.id), [sent.id])
})
