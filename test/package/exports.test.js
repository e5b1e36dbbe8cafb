// The built npm module, as Node sees it: both formats load, export the contract's API, do
// nothing on import (no DOM here: touching one would throw), and build share URLs on a server.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'

const require = createRequire(import.meta.url)
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
const api = ['channels', 'configure', 'consent', 'flush', 'mount', 'on', 'shareUrl', 'version']

test('the ES module exports the contract API and does nothing on import', async () => {
  const module = await import('sharecue')
  assert.deepEqual(Object.keys(module).sort(), api)
  assert.equal(module.version, pkg.version)
  assert.equal(module.channels.length, 27)
})

test('the CommonJS build exports the same API', () => {
  const module = require('sharecue')
  assert.deepEqual(Object.keys(module).filter((key) => key !== '__esModule').sort(), api)
  assert.equal(module.version, pkg.version)
})

test('shareUrl works on a server, where there is no window', async () => {
  const { shareUrl } = await import('sharecue')
  assert.equal(
    shareUrl('telegram', { url: 'https://shop.example/p/1', text: 'Trail shoe' }),
    'https://t.me/share/url?url=https%3A%2F%2Fshop.example%2Fp%2F1&text=Trail%20shoe',
  )
  assert.equal(shareUrl('copy', { url: 'https://shop.example/p/1' }), null)
})

test('the types resolve for both formats', () => {
  const types = readFileSync(new URL('../../dist/sharecue.d.ts', import.meta.url), 'utf8')
  for (const name of ['mount', 'configure', 'shareUrl', 'on', 'consent', 'flush', 'channels', 'version', 'MountOptions', 'ShareEvent', 'Widget']) {
    assert.match(types, new RegExp(`\\b${name}\\b`), name)
  }
  assert.equal(readFileSync(new URL('../../dist/sharecue.d.cts', import.meta.url), 'utf8'), types)
})
