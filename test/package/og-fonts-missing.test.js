// The built sharecue/og where the app has not installed @sharecue/og-fonts: a folder of its own
// with the renderer linked in and the fonts package absent. It says what to install, and
// renders with the fonts it is given.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const app = mkdtempSync(join(tmpdir(), 'sharecue-no-fonts-'))
after(() => rmSync(app, { recursive: true, force: true }))
mkdirSync(join(app, 'node_modules', '@resvg'), { recursive: true })
symlinkSync(join(root, 'node_modules', '@resvg', 'resvg-wasm'), join(app, 'node_modules', '@resvg', 'resvg-wasm'), 'dir')
// sharecue's own dependency (the Story's QR code), which installing sharecue brings.
symlinkSync(join(root, 'node_modules', 'lean-qr'), join(app, 'node_modules', 'lean-qr'), 'dir')
for (const file of ['og.mjs', 'og.cjs']) copyFileSync(join(root, 'dist', file), join(app, file))

const card = { url: 'https://shop.example/p/1', title: 'Trail shoe', price: 129, currency: 'EUR' }
const inter = join(root, 'packages', 'og-fonts', 'Inter-Bold.ttf')

for (const file of ['og.mjs', 'og.cjs']) {
  test(`${file} without @sharecue/og-fonts rejects with SC314, naming the package`, async () => {
    const { renderCardPng } = await import(pathToFileURL(join(app, file)).href)
    await assert.rejects(renderCardPng(card), /SC314: no fonts for the PNG: install @sharecue\/og-fonts/)
  })

  test(`${file} without @sharecue/og-fonts draws with fontFiles`, async () => {
    const { renderCardPng } = await import(pathToFileURL(join(app, file)).href)
    const png = await renderCardPng(card, { fontFiles: [inter], onWarning: () => {} })
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]) // "PNG"
  })
}
