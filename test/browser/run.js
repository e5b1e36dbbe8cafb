#!/usr/bin/env node
/**
 * `npm run test:browser`: finds (or on Debian as root, installs) Chromium, checks that the
 * script-tag build exists, then runs the browser tests with node's test runner, one file at a
 * time.
 *
 *   node test/browser/run.js                              # every test/browser/*.test.js
 *   node test/browser/run.js test/browser/copy.test.js    # only these files
 */
import { existsSync, readdirSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from '../../scripts/find-chromium.js'

const here = fileURLToPath(new URL('.', import.meta.url))
const root = fileURLToPath(new URL('../..', import.meta.url))

let chromium
try {
  chromium = findChromium()
} catch (error) {
  console.error(`test:browser: ${error.message}`)
  process.exit(1)
}

if (!existsSync(join(root, 'dist', 'sharecue.js'))) {
  console.error('test:browser: dist/sharecue.js is missing; run npm run build first')
  process.exit(1)
}

const chosen = process.argv.slice(2)
const files = chosen.length
  ? chosen
  : readdirSync(here).filter((name) => name.endsWith('.test.js')).sort().map((name) => relative(root, join(here, name)))
if (!files.length) {
  console.error('test:browser: no test/browser/*.test.js files')
  process.exit(1)
}

console.log(`test:browser: Chromium at ${chromium}; ${files.length} file(s)`)
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-timeout=60000', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
