#!/usr/bin/env node
/**
 * sharecue against its peers (a script, not a test): the same product page, and a category
 * page with 200 share rows, each loaded with sharecue, shareon and sharer.js (bench/pages.js),
 * in headless Chromium under 4x CPU throttling, a fresh context per run, runs interleaved
 * (A B C A B C …) so that machine noise hits every library alike. Per run it records
 *  - bytes: the library's files as transferred, gzip (Resource Timing encodedBodySize: the
 *    compressed body; the server gzips at level 9, as size-limit does);
 *  - script ms: CDP Performance.getMetrics ScriptDuration once the page has settled: all
 *    JavaScript the page ran on the main thread (compile, evaluation, callbacks, microtasks).
 *    The pages run no other script, and the bench runs none in them before this is read;
 *  - main-thread ms: TaskDuration at the same moment: everything the main thread did
 *    (HTML parsing, style, layout, paint and script). The page chrome is identical, so the
 *    difference between columns is the library's;
 *  - long tasks: PerformanceObserver 'longtask' (buffered): count, and total ms over 50 ms;
 *  - CLS: 'layout-shift' entries without recent input, largest session window.
 * It prints medians (and p90), with the ratios sharecue / peer, writes bench/results.md and
 * bench/results.json, and copies the tables into README.md (between its bench markers).
 *
 *   npm run bench                 # builds, then: node bench/compare.js
 *   node bench/compare.js --runs 5
 *
 * Needs dist/ (npm run build) and Chromium (found like the browser tests do).
 */
import { writeFileSync, existsSync, readFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { findChromium } from '../scripts/find-chromium.js'
import { LAUNCH_ARGS } from '../test/browser/harness.js'
import { startGzipServer } from './gzip-server.js'
import { cumulativeShift, quantile, tasksRunning } from './stats.js'
import { CHANNELS, LIBRARIES, TILES, categoryPage, pagePath, productPage } from './pages.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const flag = process.argv.indexOf('--runs')
const RUNS = flag > 0 ? Number(process.argv[flag + 1]) : 15
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('bench/compare.js: --runs takes a positive integer')
  process.exit(1)
}
if (!existsSync(`${root}dist/sharecue.js`)) {
  console.error('bench/compare.js: dist/ is missing; run npm run build first')
  process.exit(1)
}

// Chrome DevTools' "low-tier mobile" preset; it makes a fast desktop behave like a phone.
const THROTTLE = 4
// The page has settled when no script has run for this long after the load event.
const QUIET_MS = 500
const SETTLE_TIMEOUT_MS = 30_000
const VIEWPORT = { width: 1280, height: 800 }
const LIBS = Object.keys(LIBRARIES)
const KINDS = { product: { build: productPage, rows: 1 }, category: { build: categoryPage, rows: TILES } }

const started = Date.now()
const server = await startGzipServer()
for (const kind of Object.keys(KINDS)) for (const lib of LIBS) server.page(pagePath(kind, lib), KINDS[kind].build(lib))

const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: LAUNCH_ARGS })

/**
 * Runs in every document before its scripts: collects long tasks, the scripts that ran in long
 * animation frames (by URL, to tell whose a long task is) and layout shifts.
 */
const observe = () => {
  const seen = { longtasks: [], scripts: [], shifts: [] }
  Object.defineProperty(window, '__bench', { value: seen })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longtasks.push([entry.startTime, entry.duration])
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) for (const s of entry.scripts) seen.scripts.push([s.sourceURL, s.startTime, s.duration, s.invokerType === 'classic-script' ? 'classic-script' : s.invoker.slice(0, 60)])
  }).observe({ type: 'long-animation-frame', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) seen.shifts.push([entry.startTime, entry.value])
  }).observe({ type: 'layout-shift', buffered: true })
}

/**
 * Runs in the page once it has settled: the controls each library has made (for sharer.js,
 * the buttons once it has loaded and wired them up), its files and the observations.
 */
const collect = (lib, prefix) => {
  const countControls = () => {
    if (lib === 'sharecue') {
      let count = 0
      for (const host of document.querySelectorAll('[data-sharecue]')) {
        count += host.shadowRoot?.querySelectorAll('a[data-channel][href]').length ?? 0
      }
      return count
    }
    if (lib === 'shareon') return document.querySelectorAll('.shareon > a[href]').length
    return window.Sharer ? document.querySelectorAll('[data-sharer]').length : 0
  }
  const files = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.startsWith(prefix))
  return {
    controls: countControls(),
    files: files.map((e) => ({ path: new URL(e.name).pathname, encoded: e.encodedBodySize, decoded: e.decodedBodySize })),
    longtasks: window.__bench.longtasks,
    shifts: window.__bench.shifts,
  }
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms))

const measure = async (kind, lib) => {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' })
  try {
    await context.addInitScript(observe)
    // Nothing leaves this machine.
    await context.route((url) => url.origin !== server.url, (route) => route.abort('blockedbyclient'))
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Performance.enable')
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]))

    await page.goto(server.url + pagePath(kind, lib), { waitUntil: 'load', timeout: SETTLE_TIMEOUT_MS })
    // Settled: ScriptDuration unchanged for QUIET_MS. Polled through CDP, so the page runs no
    // script of ours meanwhile.
    const end = Date.now() + SETTLE_TIMEOUT_MS
    let last = await metrics()
    let quietSince = Date.now()
    while (Date.now() < end && Date.now() - quietSince < QUIET_MS) {
      await sleep(100)
      const now = await metrics()
      if (now.ScriptDuration !== last.ScriptDuration) quietSince = Date.now()
      last = now
    }

    const found = await page.evaluate(`(${collect})(${JSON.stringify(lib)}, ${JSON.stringify(LIBRARIES[lib].prefix)})`)
    const expected = KINDS[kind].rows * CHANNELS.length
    const atLoad = found.controls
    // After the metrics are taken, every page is scrolled to its end the same way, a screen per
    // wheel step: sharecue mounts rows far below the fold as they come near, so every row must
    // still turn up, and a long task while scrolling is the library's when its peers' identical
    // pages have none (the browser laying out and painting rows as they mount runs no script).
    // The same steps for every library, counted before the first: the page runs nothing of the
    // bench's while it scrolls. Rows that grow as they mount lengthen sharecue's page, so it may
    // then need a few more steps, checked one by one.
    const [scrollStart, distance] = await page.evaluate(() => [performance.now(), document.documentElement.scrollHeight - innerHeight])
    const steps = Math.ceil(distance / VIEWPORT.height) + 2
    for (let y = 0; y < steps; y++) {
      await page.mouse.wheel(0, VIEWPORT.height)
      await sleep(50)
    }
    await sleep(QUIET_MS)
    const atEnd = () => page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 1)
    const count = async () => (found.controls = (await page.evaluate(`(${collect})(${JSON.stringify(lib)}, '')`)).controls)
    for (let y = steps; (!(await atEnd()) || (await count()) < expected) && y < 200; y++) {
      await page.mouse.wheel(0, VIEWPORT.height)
      await sleep(50)
    }
    if (found.controls !== expected) throw new Error(`${kind} page with ${lib}: ${found.controls} controls, expected ${expected}`)
    // Long tasks until every row is set up, the scrolling that brought them included.
    const seen = await page.evaluate(() => window.__bench)
    const longtasks = seen.longtasks.map(([, ms]) => ms)
    const whileScrolling = seen.longtasks.filter(([start]) => start >= scrollStart).map(([, ms]) => ms)
    // The long tasks in which the library's own scripts ran.
    const prefix = LIBRARIES[lib].prefix
    const own = tasksRunning(seen.longtasks, seen.scripts, (url) => { try { return new URL(url).pathname.startsWith(prefix) } catch { return false } })
    return {
      bytes: found.files.reduce((sum, file) => sum + file.encoded, 0),
      decodedBytes: found.files.reduce((sum, file) => sum + file.decoded, 0),
      requests: found.files.length,
      rowsAtLoad: atLoad / CHANNELS.length,
      files: found.files.map((file) => file.path),
      scriptMs: last.ScriptDuration * 1000,
      mainThreadMs: last.TaskDuration * 1000,
      longTasks: longtasks.length,
      longTaskMsOver50: longtasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0),
      scrollLongTasks: whileScrolling.length,
      scrollLongTaskMsOver50: whileScrolling.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0),
      longestOwnTask: Math.max(0, ...own.map(([ms]) => ms)),
      ownLongTasks: own.length,
      // Long only because of the library: without its scripts' time the task would be 50 ms or less.
      causedLongTasks: own.filter(([ms, ownMs]) => ms - ownMs <= 50).length,
      // What of the library ran in each of those: its invokers (script evaluation, a timer, an observer).
      caused: own.filter(([ms, ownMs]) => ms - ownMs <= 50).map(([ms, , what]) => `${Math.round(ms)} ms: ${what}`),
      cls: cumulativeShift(found.shifts),
    }
  } finally {
    await context.close()
  }
}

// ---------------------------------------------------------------------------------------------
const METRICS = [
  { key: 'bytes', label: 'transferred, gzip (bytes)', digits: 0 },
  { key: 'scriptMs', label: 'script ms (ScriptDuration)', digits: 1 },
  { key: 'mainThreadMs', label: 'main-thread ms (TaskDuration)', digits: 0 },
  { key: 'longTasks', label: 'long tasks (count, scrolling included)', digits: 0 },
  { key: 'longTaskMsOver50', label: 'long-task ms over 50', digits: 0 },
  { key: 'scrollLongTasks', label: 'long tasks while scrolling to the end (count)', digits: 0 },
  { key: 'scrollLongTaskMsOver50', label: 'long-task ms over 50 while scrolling', digits: 0 },
  { key: 'longestOwnTask', label: 'longest long task running the library\'s scripts (ms; 0: none)', digits: 0 },
  { key: 'cls', label: 'CLS', digits: 3 },
]

const runs = Object.fromEntries(Object.keys(KINDS).map((kind) => [kind, Object.fromEntries(LIBS.map((lib) => [lib, []]))]))
for (let run = 0; run < RUNS; run++) {
  for (const kind of Object.keys(KINDS)) {
    for (const lib of LIBS) runs[kind][lib].push(await measure(kind, lib))
  }
  process.stdout.write(`\rrun ${run + 1}/${RUNS}`)
}
process.stdout.write('\n')
const chromiumVersion = browser.version()
await browser.close()
await server.close()

const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits
const summary = Object.fromEntries(Object.entries(runs).map(([kind, byLib]) => [kind, Object.fromEntries(LIBS.map((lib) => [lib, {
  files: byLib[lib][0].files,
  requests: byLib[lib][0].requests,
  decodedBytes: byLib[lib][0].decodedBytes,
  rowsAtLoad: Math.min(...byLib[lib].map((r) => r.rowsAtLoad)),
  // Per run, the tasks long only because of the library, with what of it ran in them.
  caused: byLib[lib].flatMap((r, n) => r.caused.map((task) => `run ${n + 1}, ${task}`)),
  ...Object.fromEntries(METRICS.map(({ key, digits }) => {
    const values = byLib[lib].map((r) => r[key])
    return [key, { median: round(quantile(values, 0.5), digits + 1), p90: round(quantile(values, 0.9), digits + 1), runs: values.map((v) => round(v, digits + 1)) }]
  })),
}]))]))

// No ratio to a peer's zero (no long tasks, no shift): "–" when both are zero, else "peer 0".
/**
 * Runs with at least one of `key`: a long task at all (the budget is none in every run), one in
 * which the library's scripts ran, one long only because of them.
 */
const runsWith = (key, kind, lib) => runs[kind][lib].filter((r) => r[key] > 0).length

const ratio = (a, b) => (b === 0 ? (a === 0 ? '–' : 'peer 0') : `${(a / b).toFixed(2)}×`)
const fmt = (value, digits) => (digits === 0 ? Math.round(value).toLocaleString('en-US') : value.toFixed(digits))
const peers = LIBS.filter((lib) => lib !== 'sharecue')
const tableFor = (kind) => {
  const head = ['metric (median, p90)', ...LIBS.map((lib) => LIBRARIES[lib].label), ...peers.map((peer) => `sharecue / ${LIBRARIES[peer].label.split(' ')[0]}`)]
  const rows = METRICS.map(({ key, label, digits }) => {
    const cells = LIBS.map((lib) => {
      const { median, p90 } = summary[kind][lib][key]
      return key === 'bytes' ? fmt(median, 0) : `${fmt(median, digits)} (${fmt(p90, digits)})`
    })
    const ratios = peers.map((peer) => ratio(summary[kind].sharecue[key].median, summary[kind][peer][key].median))
    return [label, ...cells, ...ratios]
  })
  const runsRow = (label, key) => [label, ...LIBS.map((lib) => `${runsWith(key, kind, lib)} of ${RUNS}`), ...peers.map(() => '')]
  rows.splice(4, 0, runsRow('runs with a long task', 'longTasks'))
  rows.splice(7, 0, runsRow('runs with a long task while scrolling', 'scrollLongTasks'))
  rows.splice(10, 0,
    runsRow('runs with a long task running the library\'s scripts', 'ownLongTasks'),
    runsRow('runs with a task long only because of the library', 'causedLongTasks'))
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}

const environment = {
  date: new Date().toISOString(),
  chromium: chromiumVersion,
  node: process.version,
  cpus: typeof availableParallelism === 'function' ? availableParallelism() : cpus().length,
  cpuModel: cpus()[0]?.model?.trim() ?? 'unknown',
  platform: `${process.platform} ${process.arch}`,
  cpuThrottling: THROTTLE,
  runsPerLibraryPerPage: RUNS,
  viewport: VIEWPORT,
}
const versions = Object.fromEntries(['shareon', 'sharer.js'].map((name) => [name, JSON.parse(readFileSync(`${root}node_modules/${name}/package.json`, 'utf8')).version]))
versions.sharecue = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version
const seconds = Math.round((Date.now() - started) / 1000)

const filesLine = (kind) => LIBS.map((lib) => `${LIBRARIES[lib].label}: ${summary[kind][lib].files.map((f) => '`' + f.replace(/^\/(dist|node_modules)\//, '') + '`').join(', ')} (${fmt(summary[kind][lib].decodedBytes, 0)} bytes uncompressed)`).join('; ')

const markdown = `<!-- Written by \`npm run bench\` (bench/compare.js); do not edit by hand. -->
# sharecue, shareon and sharer.js on the same pages

${environment.date.slice(0, 10)} · Chromium ${environment.chromium} · ${environment.cpus} CPU cores (${environment.cpuModel}) · CPU throttled ${THROTTLE}× · ${RUNS} runs per library per page, interleaved · sharecue ${versions.sharecue}, shareon ${versions.shareon}, sharer.js ${versions['sharer.js']}

## Product page (one share row, six channels)

${tableFor('product')}

## Category page (${TILES} tiles, each with a share row of six channels)

${tableFor('category')}

Lower is better everywhere; a ratio above 1× means sharecue costs more than the peer.

Tasks long only because of sharecue, with what of it ran in them (the Long Animation Frames
API's invoker: \`classic-script\` is evaluating \`sharecue.js\`, a timer is one of the mount's
tasks): ${['product', 'category'].map((kind) => `${kind} page: ${summary[kind].sharecue.caused.join('; ') || 'none'}`).join('. ')}.

## Method

- Pages: \`bench/pages.js\`. Identical chrome (inline CSS, header, product, footer), the same
  six channels (${CHANNELS.map((c) => c.name).join(', ')}) and the same product URLs. Each
  library is wired as its README says: sharecue by \`<script async>\` in the head, reading the
  product from JSON-LD (tiles name theirs in \`data-url\`/\`data-title\`); shareon by its CSS and
  \`<script defer init>\` with \`<a class="…">\` in a \`.shareon\` container; sharer.js by its script
  at the end of the body with \`<button data-sharer="…">\` in the page markup. sharer.js renders
  nothing and ships no icons or CSS: its buttons are plain text, and its "mount" is evaluating
  its script and attaching one click handler per button. sharecue and shareon show icons:
  sharecue in its default layout (icon and name) on the product page and as round icons
  (\`data-layout="icons"\`) in the tiles, shareon as square icons.
- Rows set up when the metrics were taken, category page (fewest of the runs): ${LIBS.map((lib) => `${LIBRARIES[lib].label} ${summary.category[lib].rowsAtLoad}`).join(', ')} of ${TILES}.
- Files: ${filesLine('product')}${filesLine('category') === filesLine('product') ? ', the same on the category page' : `; on the category page: ${filesLine('category')}`}.
- Served from localhost by \`bench/gzip-server.js\`: gzip level 9 (the level \`npm run size\`
  reports), \`Cache-Control: no-store\`, the browser cache disabled (CDP
  \`Network.setCacheDisabled\`), a fresh browser context for every run.
- Bytes: the sum of Resource Timing \`encodedBodySize\` (the gzipped body, headers excluded)
  of the library's own files, lazy chunks included.
- CPU: CDP \`Emulation.setCPUThrottlingRate\` ${THROTTLE}×. A run ends when the load event has
  fired and no script has run for ${QUIET_MS} ms (polled through CDP, not in the page). Then:
  script ms is CDP \`Performance.getMetrics\` \`ScriptDuration\` (all JavaScript on the main
  thread: compile, evaluation, the library's mount, callbacks and microtasks; the pages run no
  other script); main-thread ms is \`TaskDuration\` (all main-thread work: HTML parsing, style,
  layout, paint and script, for the whole page load). Then the page is checked: every control
  must be there (sharecue: ${CHANNELS.length} links per row in its shadow roots; shareon: ${CHANNELS.length}
  links with \`href\` per row; sharer.js: its buttons, with \`window.Sharer\` loaded).
- Long tasks: PerformanceObserver \`longtask\` (buffered), count and the sum of each task's
  time over 50 ms, from the load until every row is set up (the scrolling included). Whose a
  long task is: the Long Animation Frames API names each script that ran 5 ms or more in a
  frame over 50 ms, by URL; a long task "runs the library's scripts" when some of the
  library's files ran in it, and is "long only because of the library" when it would be 50 ms
  or less without them. Long tasks while scrolling: after the metrics are taken, every
  library's page is scrolled to its end alike, a screen per wheel step every 50 ms; those that
  start then are counted apart. A task there that runs no script of the library can still be
  its doing: the browser laying out and painting the rows it mounts. Its peers' pages, the same
  chrome with their markup in the HTML, show what the page costs without that. CLS: \`layout-shift\` entries without recent input, the largest
  session window. Every share row reserves 88 px (\`min-height\`, as sharecue's README asks: the
  height \`ShareCue.check()\` names for these rows, which wrap to two lines).
- What sharecue does that the others do not: per share row it resolves the product
  (attributes, JSON-LD, Open Graph, document), builds each channel's link with attribution
  and a fresh share id, and paints its controls into a shadow root with its own stylesheet
  (static markup: the first stage, \`sharecue.js\`; Preact, the priced copy and the card load
  with \`sc-app.js\` on the first pointer, focus or touch on a widget, which no run makes);
  shareon sets six \`href\`s on links already in the page; sharer.js attaches click handlers
  and does its work at click time. sharecue mounts the rows within two screens of the
  viewport at load, at most 10 ms of mounting per task, and the others as they scroll near
  (the scroll to the end after the metrics requires every row); shareon
  and sharer.js set up all 200 rows at load. Earlier runs reserved one row (40 px)
  for these 88 px rows, and sharecue's CLS was 0.006 (product page) and 0.012 (category page);
  shareon's and sharer.js's markup is in the HTML, so it takes its space from the first layout.
- Medians and p90 (linear interpolation) over the runs. The machine is shared and the numbers
  move with its load; compare columns of one run, not runs of different days.

Total run time ${seconds} s. Command: \`npm run bench\` (or \`node bench/compare.js --runs ${RUNS}\` after \`npm run build\`).
`

writeFileSync(`${root}bench/results.md`, markdown)
// README's "Size and speed" quotes the two tables between its bench markers.
const readme = readFileSync(`${root}README.md`, 'utf8')
const quoted = readme.replace(/(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/, (_, start, end) =>
  `${start}Product page, median (p90) of ${RUNS} runs, ${environment.date.slice(0, 10)}, Chromium ${chromiumVersion}, ${environment.cpus} cores, CPU throttled ${THROTTLE}×:\n\n${tableFor('product')}\n\nCategory page, ${TILES} share rows:\n\n${tableFor('category')}\n${end}`)
if (quoted !== readme) writeFileSync(`${root}README.md`, quoted)
writeFileSync(`${root}bench/results.json`, JSON.stringify({ environment, versions, summary, totalSeconds: seconds }, null, 2) + '\n')
console.log(`\nProduct page\n${tableFor('product')}\n\nCategory page (${TILES} rows)\n${tableFor('category')}\n`)
console.log('script ms: CDP ScriptDuration once settled (all JavaScript of the page load); sharer.js renders nothing, so its')
console.log('"mount" is evaluating its script and attaching click handlers to buttons in the page markup. See bench/results.md.')
console.log(`${seconds} s; written to bench/results.md, bench/results.json and README.md`)
