// A fresh consumer, as a new user gets sharecue: the package packed by `npm pack`, installed with
// React 19, Vite, @vitejs/plugin-react and TypeScript into an app of its own (test/package/consumer/);
// its code type-checked under moduleResolution bundler, node16 and nodenext (ES modules, a
// CommonJS .cts, React in .tsx, sharecue/og on a server), built with Vite, served, and its
// <ShareButtons> rendered in Chromium. The dependencies are the versions this repository
// installs, so `npm install --prefer-offline` takes them from npm's cache.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { startServer } from '../browser/server.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const app = mkdtempSync(join(tmpdir(), 'sharecue-consumer-'))
after(() => rmSync(app, { recursive: true, force: true }))

/** The version of `name` this repository installed: the consumer asks for the same. */
const installed = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version
const dependencies = ['react', 'react-dom', '@types/react', '@types/react-dom', 'typescript', 'vite', '@vitejs/plugin-react']

/** npm as a user runs it: none of the npm_* settings of the `npm run` this test may run under. */
const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || /^npm_config_(cache|registry|userconfig)$/i.test(key)))

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: app, encoding: 'utf8', timeout: 120_000, env: npmEnv, ...options })
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}${result.stderr}${result.error ?? ''}`)
  return result.stdout
}

const took = {}
const timed = (name, fn) => {
  const start = Date.now()
  try {
    return fn()
  } finally {
    took[name] = Date.now() - start
  }
}
after(() => console.log(`consumer: ${Object.entries(took).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}`))

before(() => {
  assert.ok(readFileSync(join(root, 'dist', 'sharecue.mjs')), 'dist/ is built (npm run build)')
  cpSync(join(root, 'test', 'package', 'consumer'), app, { recursive: true })
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'fresh-consumer', private: true, type: 'module' }, null, 2))
  const [packed] = timed('npm pack', () => JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { cwd: root, encoding: 'utf8', env: npmEnv })))
  timed('npm install', () => run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(app, packed.filename),
    ...dependencies.map((name) => `${name}@${installed(name)}`)]))
})

test('the app installed the packed tarball, not a link to the repository', () => {
  const pkg = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'))
  assert.match(pkg.dependencies.sharecue, /^file:sharecue-[\d.]+\.tgz$/)
  assert.equal(JSON.parse(readFileSync(join(app, 'node_modules', 'sharecue', 'package.json'), 'utf8')).version, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
})

for (const resolution of ['bundler', 'node16', 'nodenext']) {
  test(`the app's code type-checks strictly under moduleResolution ${resolution}: React (.tsx), an ES module (.mts) and CommonJS (.cts), with the package's declarations checked too (no skipLibCheck)`, () => {
    timed(`tsc ${resolution}`, () => run(process.execPath, [join(app, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', `tsconfig.${resolution}.json`]))
  })
}

test('Vite builds the app, and Chromium renders <ShareButtons> with its controls visible', async (t) => {
  timed('vite build', () => run(process.execPath, [join(app, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']))
  let chromium
  try {
    const { findChromium } = await import('../../scripts/find-chromium.js')
    chromium = findChromium()
  } catch (error) {
    t.skip(`no Chromium to render with: ${error.message}`)
    return
  }
  const { launchBrowser } = await import('../browser/harness.js')
  process.env.CHROMIUM_PATH ??= chromium
  const server = await startServer({ root: join(app, 'dist') })
  const browser = await launchBrowser()
  const start = Date.now()
  try {
    const page = await browser.newPage()
    // Nothing leaves this machine: a share link's popup is stopped at the door.
    const away = []
    await page.context().route((url) => url.origin !== server.url, (route) => (away.push(route.request().url()), route.abort()))
    const problems = []
    page.on('pageerror', (error) => problems.push(String(error)))
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
    await page.goto(`${server.url}/index.html`)
    const visible = await page.waitForFunction(() => {
      const host = document.querySelector('.share')
      const shown = [...(host?.shadowRoot?.querySelectorAll('[data-channel]') ?? [])].filter((el) => {
        const box = el.getBoundingClientRect()
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility === 'visible'
      })
      return shown.length > 0 && shown.map((el) => el.getAttribute('data-channel'))
    }, null, { timeout: 10_000 })
    assert.deepEqual(await visible.jsonValue(), ['whatsapp', 'x', 'copy'])
    // The app's on() (the npm module's runtime) sees the component's clicks: one copy of sharecue.
    await page.evaluate(() => document.querySelector('.share').shadowRoot.querySelector('[data-channel="x"]').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })))
    await page.waitForFunction(() => window.events.length > 0, null, { timeout: 5000 })
    assert.deepEqual(await page.evaluate(() => window.events), ['share_click x'])
    const href = await page.evaluate(() => document.querySelector('.share').shadowRoot.querySelector('[data-channel="x"]').getAttribute('href'))
    assert.match(decodeURIComponent(href), /utm_campaign=fresh-consumer/)
    assert.deepEqual(problems, [])
    assert.ok(away.every((url) => url.startsWith('https://x.com/intent/')), `only the shared link's popup tried to leave: ${away.join(', ')}`)
  } finally {
    await browser.close()
    await server.close()
    took.chromium = Date.now() - start
  }
})
