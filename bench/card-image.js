#!/usr/bin/env node
/**
 * Benchmark of the card image in the browser (a script, not a test): headless Chromium loads
 * a product page with the built widget and draws the card image with `widget.cardImage()`,
 * 1200×630 and 1080×1080, with a same-origin photo. It prints the median of 15 draws after
 * one warm-up (the first draw also loads the lazy `sc-card-image.js`), and the PNG bytes.
 * The machine is shared and noisy: compare within one run.
 *
 *   node bench/card-image.js      # after npm run build
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { findChromium } from '../scripts/find-chromium.js'
import { startServer } from '../test/browser/server.js'

const root = fileURLToPath(new URL('..', import.meta.url))
if (!existsSync(`${root}dist/sc-card-image.js`)) {
  console.error('bench/card-image.js: dist/ is missing; run npm run build first')
  process.exit(1)
}

const server = await startServer()
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
server.page('/bench/card-image.html', `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Card image bench</title>
<script src="/dist/sharecue.js" async></script></head>
<body><div id="share"></div></body></html>`)
await page.goto(`${server.origin}/bench/card-image.html`)
await page.waitForFunction(() => window.ShareCue && window.ShareCue.version)

const results = await page.evaluate(async () => {
  const widget = window.ShareCue.mount(document.querySelector('#share'), {
    url: 'https://shop.example/p/alpine-trail-runner', title: 'Alpine Trail Runner – Ember Red', brand: 'Summit Outfitters',
    image: '/demo/product.svg', price: 129, originalPrice: 159, currency: 'EUR', stock: 3,
    deadline: new Date(Date.now() + 3 * 86_400_000).toISOString(), channels: 'image,copy', card: true,
  })
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
  const out = {}
  for (const [name, size] of [['1200x630', { width: 1200, height: 630 }], ['1080x1080', { width: 1080, height: 1080 }]]) {
    const first = performance.now()
    const blob = await widget.cardImage(size)
    const firstMs = performance.now() - first
    const times = []
    for (let i = 0; i < 15; i++) {
      const start = performance.now()
      await widget.cardImage({ ...size, width: size.width - 1 - (i % 2) }) // not the cached default image
      times.push(performance.now() - start)
    }
    out[name] = { firstMs, medianMs: median(times), bytes: blob.size }
  }
  return out
})

console.log(`Chromium ${browser.version()} · Node ${process.version} · ${availableParallelism()} CPUs`)
console.log('card image (canvas, PNG)   first draw   median of 15   PNG bytes')
for (const [name, r] of Object.entries(results)) {
  console.log(`  ${name.padEnd(24)} ${r.firstMs.toFixed(1).padStart(8)} ms ${r.medianMs.toFixed(1).padStart(10)} ms ${String(r.bytes).padStart(11)}`)
}
await browser.close()
await server.close()
