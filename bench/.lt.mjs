import { chromium } from 'playwright-core'
import { findChromium } from '../scripts/find-chromium.js'
import { LAUNCH_ARGS } from '../test/browser/harness.js'
import { startGzipServer } from './gzip-server.js'
import { productPage, pagePath } from './pages.js'
const server = await startGzipServer()
const kind = process.argv[2] ?? 'product'
for (const lib of ['sharecue', 'none']) { try { server.page(pagePath(kind, lib), productPage(lib)) } catch {} }
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: LAUNCH_ARGS })
for (let run = 0; run < 8; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
  await context.addInitScript(() => {
    window.__lt = []
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]) }).observe({ type: 'longtask', buffered: true })
    const orig = Element.prototype.attachShadow
    Element.prototype.attachShadow = function (o) { window.__shadow = performance.now(); return orig.call(this, o) }
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.goto(server.url + pagePath(kind, 'sharecue'), { waitUntil: 'load' })
  await new Promise((r) => setTimeout(r, 2500))
  const out = await page.evaluate(() => {
    const r = performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/')).map((e) => [e.name.split('/').pop(), Math.round(e.responseEnd)])
    return { lt: window.__lt, shadow: Math.round(window.__shadow), r, dcl: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd) }
  })
  console.log(JSON.stringify(out))
  await context.close()
}
await browser.close(); await server.close()
