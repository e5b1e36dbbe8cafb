#!/usr/bin/env node
/**
 * Benchmark of the card on the server (a script, not a test): renders the demo product's card
 * (the data of demo/index.html and demo/server.js, its photo embedded as a data: URL) with the
 * built `sharecue/og`, and reports
 *  1. the first PNG, which loads @resvg/resvg-wasm, initialises it and reads the fonts;
 *  2. the median of 20 renders each, after one warm-up: SVG, PNG 1200 × 630, PNG 1080 × 1080
 *     and PNG in zh-CN (which adds the Chinese font), with the bytes each gives.
 *
 *   node bench/og.js          # prints a table, writes bench/results/og.json
 *
 * Needs dist/ (npm run build).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url))
const runs = 20

if (!existsSync(`${root}dist/og.mjs`)) {
  console.error('bench/og.js: dist/og.mjs is missing; run npm run build first')
  process.exit(1)
}
const { renderCardPng, renderCardSvg } = await import('../dist/og.mjs')

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

const now = new Date()
const product = {
  url: 'https://shop.example/p/alpine-trail-runner',
  title: 'Alpine Trail Runner – Ember Red',
  brand: 'Summit Outfitters',
  image: `data:image/svg+xml;base64,${readFileSync(`${root}demo/product.svg`).toString('base64')}`,
  price: '129.00',
  currency: 'EUR',
  originalPrice: '159.00',
  stock: 3,
  // the end of this month in UTC, as the demo page's sale
  deadline: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - 60_000).toISOString(),
}
const options = { now: now.getTime(), timeZone: 'UTC', onWarning: (message) => { throw new Error(message) } }

/** Milliseconds of each of `runs` calls after one warm-up, and the size of what the last gave. */
const measure = async (render) => {
  await render()
  const times = []
  let output
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    output = await render()
    times.push(performance.now() - start)
  }
  const bytes = typeof output === 'string' ? Buffer.byteLength(output) : output.length
  return { medianMs: round(median(times), 2), minMs: round(Math.min(...times), 2), maxMs: round(Math.max(...times), 2), bytes }
}

const coldStart = performance.now()
await renderCardPng(product, options)
const coldMs = round(performance.now() - coldStart)

const cases = {
  'SVG 1200 × 630': () => renderCardSvg(product, options),
  'PNG 1200 × 630': () => renderCardPng(product, options),
  'PNG 1080 × 1080': () => renderCardPng(product, { ...options, width: 1080, height: 1080 }),
  'PNG 1200 × 630, zh-CN': () => renderCardPng(product, { ...options, locale: 'zh-CN' }),
}
const results = {
  date: new Date().toISOString(),
  environment: {
    node: process.version,
    resvg: JSON.parse(readFileSync(`${root}node_modules/@resvg/resvg-wasm/package.json`, 'utf8')).version,
    cpus: typeof availableParallelism === 'function' ? availableParallelism() : cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    platform: `${process.platform} ${process.arch}`,
  },
  runs,
  firstPngMs: coldMs,
  cases: {},
}
for (const [name, render] of Object.entries(cases)) results.cases[name] = await measure(render)

const rows = [
  ['Node', results.environment.node],
  ['@resvg/resvg-wasm', results.environment.resvg],
  ['CPUs', `${results.environment.cpus} × ${results.environment.cpuModel}`],
  ['', ''],
  ['First PNG (loads WASM and fonts)', `${coldMs} ms`],
  ...Object.entries(results.cases).map(([name, { medianMs, minMs, maxMs, bytes }]) =>
    [`${name}, median of ${runs}`, `${medianMs} ms (min ${minMs}, max ${maxMs}), ${bytes.toLocaleString('en')} bytes`]),
]
const width = Math.max(...rows.map(([label]) => label.length))
console.log('sharecue/og benchmark')
for (const [label, value] of rows) console.log(label ? `${label.padEnd(width)}  ${value}` : '')

mkdirSync(resultsDir, { recursive: true })
writeFileSync(`${resultsDir}og.json`, JSON.stringify(results, null, 2) + '\n')
console.log('\nwritten to bench/results/og.json')
