// Temporary: CPU profile of the product page with sharecue at 4x.
import { chromium } from 'playwright-core'
import { findChromium } from '../scripts/find-chromium.js'
import { LAUNCH_ARGS } from '../test/browser/harness.js'
import { startGzipServer } from './gzip-server.js'
import { productPage, pagePath } from './pages.js'
const server = await startGzipServer()
server.page(pagePath('product', 'sharecue'), productPage('sharecue'))
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: LAUNCH_ARGS })
const self = new Map(), total = new Map()
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start')
  await page.goto(server.url + pagePath('product', 'sharecue'), { waitUntil: 'load' })
  await new Promise((r) => setTimeout(r, 2000))
  const { profile } = await cdp.send('Profiler.stop')
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const dt = new Map()
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000))
  for (const n of profile.nodes) {
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`
    self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0))
  }
  await context.close()
}
console.log([...self].filter(([k]) => !/^\(idle|program|garbage/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 3).toFixed(1)} ms  ${k}`).join('\n'))
await browser.close(); await server.close()
