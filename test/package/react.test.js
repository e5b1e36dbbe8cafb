// sharecue/react as a server renders it, from the built files: an empty host that keeps the
// widget's place, nothing touched on import or render (there is no DOM here), both formats,
// and declarations that type-check an app's code under `exactOptionalPropertyTypes`.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'

const require = createRequire(import.meta.url)
const root = new URL('../..', import.meta.url)

/** Renders `element` to a string, failing on anything React says through the console. */
const render = (element) => {
  const said = []
  const saved = [console.error, console.warn]
  console.error = console.warn = (...args) => said.push(args.join(' '))
  try {
    return renderToString(element)
  } finally {
    [console.error, console.warn] = saved
    assert.deepEqual(said, [], 'React printed nothing while rendering')
  }
}

test('exports the component and the hook, in both formats, and does nothing on import', async () => {
  const module = await import('sharecue/react')
  assert.deepEqual(Object.keys(module).sort(), ['ShareButtons', 'useShareCue'])
  const cjs = require('sharecue/react')
  assert.deepEqual(Object.keys(cjs).filter((key) => key !== '__esModule').sort(), ['ShareButtons', 'useShareCue'])
})

test('<ShareButtons> renders on the server as an empty host reserving one row of controls (--sc-size, 40px by default)', async () => {
  const { ShareButtons } = await import('sharecue/react')
  const html = render(createElement(ShareButtons, {
    channels: ['whatsapp', 'x', 'copy'],
    product: { url: 'https://shop.example/p/a', title: 'Trail shoe', price: 75, originalPrice: 100, currency: 'EUR' },
  }))
  assert.equal(html, '<div style="min-height:var(--sc-size, 40px)"></div>')
})

test('the host carries className and style, and the style\'s own min-height wins over the reserved one', async () => {
  const { ShareButtons } = await import('sharecue/react')
  assert.equal(render(createElement(ShareButtons, { className: 'share', style: { marginTop: 8 } })),
    '<div class="share" style="min-height:var(--sc-size, 40px);margin-top:8px"></div>')
  assert.equal(render(createElement(ShareButtons, { card: true, style: { minHeight: 200 } })),
    '<div style="min-height:200px"></div>')
})

test('the card and the scope groups reserve their height too', async () => {
  const { ShareButtons } = await import('sharecue/react')
  const minHeight = (props) => /min-height:([^"]*)"/.exec(render(createElement(ShareButtons, props)))[1]
  assert.equal(minHeight({ card: true }), 'calc(var(--sc-size, 40px) + 112px + var(--sc-gap, 8px))')
  assert.equal(minHeight({ card: 'true' }), minHeight({ card: true }), 'the attribute form of card counts too')
  assert.equal(minHeight({ group: true }), 'calc(3 * (var(--sc-size, 40px) + var(--sc-gap, 8px) + 15.6px + 4px))')
  assert.equal(minHeight({ card: false, group: false }), 'var(--sc-size, 40px)')
})

test('useShareCue() renders on the server: the element given its ref is rendered as it is', async () => {
  const { useShareCue } = await import('sharecue/react')
  const Share = () => createElement('section', { ref: useShareCue({ channels: ['telegram'] }).ref, id: 'share' })
  assert.equal(render(createElement(Share)), '<section id="share"></section>')
})

test('sharecue/react imports sharecue rather than carrying a copy of it: one widget code and one runtime per app', () => {
  for (const file of ['dist/react.mjs', 'dist/react.cjs']) {
    const code = readFileSync(new URL(file, root), 'utf8')
    assert.match(code, /from 'sharecue'|require\('sharecue'\)/, file)
    assert.doesNotMatch(code, /attachShadow|preact/, `${file} holds no widget code`)
  }
})

test('both formats start with \'use client\', so frameworks with React Server Components treat them as client code', () => {
  for (const file of ['dist/react.mjs', 'dist/react.cjs']) {
    assert.match(readFileSync(new URL(file, root), 'utf8'), /^'use client';\n/, file)
  }
})

test('the declarations type-check an app\'s use under exactOptionalPropertyTypes, for ESM (.d.ts) and CommonJS (.d.cts)', () => {
  const tsc = new URL('node_modules/typescript/bin/tsc', root).pathname
  for (const args of [[], ['--module', 'node16', '--moduleResolution', 'node16']]) {
    const result = spawnSync(process.execPath, [tsc, '-p', 'test/package/react-types', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 })
    assert.equal(result.status, 0, `tsc ${args.join(' ')}\n${result.stdout}${result.stderr}`)
  }
  const types = readFileSync(new URL('dist/react.d.ts', root), 'utf8')
  assert.match(types, /from 'sharecue'/, 'the options are the package\'s own types, not a copy')
  assert.equal(readFileSync(new URL('dist/react.d.cts', root), 'utf8'), types)
})
