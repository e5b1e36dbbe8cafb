// The built npm module, as Node sees it: both formats load, export the contract's API, do
// nothing on import (no DOM here: touching one would throw), and build share URLs on a server.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'

const require = createRequire(import.meta.url)
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
const api = ['channels', 'check', 'configure', 'consent', 'flush', 'mount', 'on', 'purchase', 'shareUrl', 'version']

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
  for (const name of ['mount', 'configure', 'shareUrl', 'on', 'consent', 'flush', 'check', 'channels', 'version', 'Finding', 'MountOptions', 'ShareEvent', 'Widget']) {
    assert.match(types, new RegExp(`\\b${name}\\b`), name)
  }
  assert.equal(readFileSync(new URL('../../dist/sharecue.d.cts', import.meta.url), 'utf8'), types)
})

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes) => {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10])
  const view = new DataView(bytes.buffer, bytes.byteOffset)
  return [view.getUint32(16), view.getUint32(20)]
}

const card = { url: 'https://shop.example/p/1', title: 'Trail shoe <b>', price: 75, originalPrice: 100, currency: 'EUR', deadline: '2026-12-01T23:59:00+01:00', stock: 3 }

test('sharecue/og renders the card to SVG and PNG from the built package, with the fonts of @sharecue/og-fonts', async () => {
  const { renderCardSvg, renderCardPng } = await import('sharecue/og')
  const svg = renderCardSvg(card, { now: Date.parse('2026-11-22T12:00:00Z'), timeZone: 'Europe/Berlin' })
  assert.match(svg, /^<svg/)
  assert.match(svg, /Trail shoe &lt;b&gt;/)
  assert.match(svg, /Ends 1 Dec, 23:59|Ends Dec 1, 11:59/)
  const png = await renderCardPng(card, { now: Date.parse('2026-11-22T12:00:00Z'), width: 1080, height: 1080 })
  assert.deepEqual(pngSize(png), [1080, 1080])
})

test('sharecue/og loads through require too', () => {
  const { renderCardSvg } = require('sharecue/og')
  assert.match(renderCardSvg(card), /<svg/)
})

test('a process that renders a PNG with sharecue/og exits by itself: its render workers do not hold it', () => {
  const { spawnSync } = require('node:child_process')
  for (const [flag, code] of [
    ['--input-type=module', "import { renderCardPng } from 'sharecue/og'; const png = await renderCardPng({ title: 'x' }); console.log(png.length > 0)"],
    ['--input-type=commonjs', "require('sharecue/og').renderCardPng({ title: 'x' }).then((png) => console.log(png.length > 0))"],
  ]) {
    const result = spawnSync(process.execPath, [flag, '-e', code], { cwd: new URL('../..', import.meta.url), encoding: 'utf8', timeout: 20_000 })
    assert.equal(result.signal, null, `${flag}: still running after 20 s`)
    assert.equal(result.stdout.trim(), 'true', result.stderr)
  }
})

test('a bundle that imports only shareUrl leaves out the widget and Preact (esbuild, as an app bundles it)', async () => {
  const { build } = await import('esbuild')
  const bundle = async (contents) => {
    const result = await build({
      stdin: { contents, resolveDir: new URL('.', import.meta.url).pathname, loader: 'js' },
      bundle: true, format: 'esm', minify: true, write: false, metafile: true, logLevel: 'silent',
      // The built package through its exports, as an app gets it (not the repository's tsconfig paths to src/).
      tsconfigRaw: {},
      // Lazy parts (icons, locales) are chunks an app loads only when used: not counted here.
      plugins: [{ name: 'lazy', setup: (b) => b.onResolve({ filter: /.*/ }, ({ path, kind }) => kind === 'dynamic-import' ? { path, external: true } : undefined) }],
    })
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    return { code: result.outputFiles[0].text, inputs: inputs.filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k) }
  }
  const only = await bundle(`import { shareUrl } from 'sharecue'; console.log(shareUrl('x', { url: 'https://shop.example/p/1' }))`)
  assert.deepEqual(only.inputs.filter((file) => /preact/.test(file)), [], 'no Preact in the bundle')
  assert.doesNotMatch(only.code, /attachShadow/, 'no widget in the bundle')
  // The check can fail: mount() does bring them.
  const widget = await bundle(`import { mount } from 'sharecue'; mount(document.body)`)
  assert.ok(widget.inputs.some((file) => /preact/.test(file)) && /attachShadow/.test(widget.code))
})

test('a bundle that imports the script-tag build keeps it: it runs on load, so the package does not call it free of side effects', async () => {
  const { build } = await import('esbuild')
  const result = await build({
    stdin: { contents: `import 'sharecue/sharecue.js'`, resolveDir: new URL('.', import.meta.url).pathname, loader: 'js' },
    bundle: true, format: 'esm', minify: true, write: false, logLevel: 'silent', tsconfigRaw: {},
  })
  assert.match(result.outputFiles[0].text, /ShareCue/, 'the script is in the bundle')
})

test('configure(), consent(), on(), purchase() and flush() on a server (an SSR pass of the app\'s code) neither throw nor crash the process', () => {
  const { spawnSync } = require('node:child_process')
  const calls = `sc.configure({ endpoint: 'https://collector.example/events', consent: 'granted' }); sc.on('*', () => {}); sc.consent(true)
    sc.purchase({ orderId: 'A1', value: 10, currency: 'EUR' })
    sc.flush().then(() => setTimeout(() => console.log('alive'), 300))`
  for (const [flag, code] of [
    ['--input-type=module', `import * as sc from 'sharecue'; ${calls}`],
    ['--input-type=commonjs', `const sc = require('sharecue'); ${calls}`],
  ]) {
    const result = spawnSync(process.execPath, [flag, '-e', code], { cwd: new URL('../..', import.meta.url), encoding: 'utf8', timeout: 20_000 })
    assert.equal(result.status, 0, `${flag}: the process crashed\n${result.stderr}`)
    assert.equal(result.stdout.trim(), 'alive', result.stderr)
  }
})

test('check() on a server rejects with an Error that says it looks at a page in the browser, not a ReferenceError from deep inside', async () => {
  const sc = await import('sharecue')
  await assert.rejects(sc.check(), (error) => error instanceof Error && /check\(\) looks at a page: call it in the browser/.test(error.message))
  const cjs = require('sharecue')
  await assert.rejects(cjs.check(), /call it in the browser/)
})
