import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// A string, not a URL: happy-dom's URL is not the one node:url checks for.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Runs `node demo/server.js` with `env` until it exits (at most 20 s); its exit code and output. */
const run = (env: Record<string, string>) => new Promise<{ code: number | null; out: string }>((resolve) => {
  const dir = mkdtempSync(join(tmpdir(), 'sharecue-demo-'))
  const child = spawn(process.execPath, ['demo/server.js'], { cwd: root, env: { ...process.env, SHARECUE_DB: join(dir, 'events.db'), ...env } })
  let out = ''
  child.stdout.on('data', (chunk) => { out += chunk })
  child.stderr.on('data', (chunk) => { out += chunk })
  const timer = setTimeout(() => child.kill(), 20_000)
  child.on('exit', (code) => {
    clearTimeout(timer)
    rmSync(dir, { recursive: true, force: true })
    resolve({ code, out })
  })
})

describe('the demo server', () => {
  it('says how to pick another port when its own is taken, without a stack trace', async () => {
    const taken = createServer()
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done))
    const { port } = taken.address() as AddressInfo
    try {
      const { code, out } = await run({ PORT: String(port) })
      expect(code).toBe(1)
      expect(out).toMatch(new RegExp(`port ${port} is in use.*PORT=`, 's'))
      expect(out).not.toMatch(/^\s+at /m)
    } finally {
      taken.close()
    }
  }, 30_000)

  it('says what is wrong with a PORT that is no port', async () => {
    const { code, out } = await run({ PORT: 'eighty' })
    expect(code).toBe(1)
    expect(out).toMatch(/PORT/)
    expect(out).not.toMatch(/^\s+at /m)
  }, 30_000)
})
