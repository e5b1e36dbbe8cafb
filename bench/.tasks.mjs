// Temporary: per-task breakdown from a CPU profile of the product page with sharecue at 4x.
import { chromium } from 'playwright-core'
import { findChromium } from '../scripts/find-chromium.js'
import { LAUNCH_ARGS } from '../test/browser/harness.js'
import { startGzipServer } from './gzip-server.js'
import { productPage, pagePath } from './pages.js'
const server = await startGzipServer()
server.page(pagePath('product', 'sharecue'), productPage('sharecue'))
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: LAUNCH_ARGS })
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start')
  await page.goto(server.url + pagePath('product', 'sharecue'), { waitUntil: 'load' })
  await new Promise((r) => setTimeout(r, 2000))
  const { profile } = await cdp.send('Profiler.stop')
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const path = (id) => { const out = []; while (id != null) { out.push(byId.get(id)); id = parent.get(id) } return out.reverse() }
  // tasks: runs of samples whose node is not (idle)/(program)
  const tasks = []; let cur = null; let t = profile.startTime
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i]
    const n = byId.get(id); const name = n.callFrame.functionName
    const busy = !['(idle)', '(program)', '(garbage collector)'].includes(name) || name === '(garbage collector)'
    if (busy && name !== '(program)' && name !== '(idle)') {
      if (!cur || t - cur.end > 2000) { cur = { start: t, end: t, fns: new Map() }; tasks.push(cur) }
      cur.end = t
      const p = path(id); const top = p[1]?.callFrame; const key = top ? `${top.functionName || '(anon)'}@${top.columnNumber}` : name
      // also second-level
      const sub = p[2]?.callFrame; const k2 = sub ? `${sub.functionName || '(anon)'}@${sub.columnNumber}` : ''
      cur.fns.set(key + ' > ' + k2, (cur.fns.get(key + ' > ' + k2) ?? 0) + profile.timeDeltas[i] / 1000)
    }
  })
  console.log(`run ${run}`)
  for (const task of tasks) {
    const ms = (task.end - task.start) / 1000
    if (ms < 8) continue
    console.log(`  task ${(ms).toFixed(1)} ms at ${((task.start - profile.startTime) / 1000).toFixed(0)}: ` + [...task.fns].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' | '))
  }
  await context.close()
}
await browser.close(); await server.close()
