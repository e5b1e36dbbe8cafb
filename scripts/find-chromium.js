#!/usr/bin/env node
/**
 * Finds a Chromium or Chrome executable for the real-browser tests.
 *
 *   import { findChromium } from './scripts/find-chromium.js'
 *   const path = findChromium()            // throws with an install hint when none is found
 *
 *   node scripts/find-chromium.js          // prints the path, or the install hint and exits 1
 *
 * Order: $CHROMIUM_PATH, $CHROME_PATH, then the usual install locations. On Debian/Ubuntu, as
 * root, a missing browser is installed with apt-get (Debian's `chromium` package) and looked for
 * again; elsewhere the error names the command to run.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'

export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

const isExecutable = (path) => {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

const isDebian = () => existsSync('/etc/debian_version')
const isRoot = () => process.getuid?.() === 0

/** The command a person should run to get a browser on this platform. */
export const installHint = () => {
  if (isDebian()) return 'sudo apt-get install chromium'
  if (process.platform === 'darwin') return 'brew install --cask chromium'
  return 'install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium'
}

/** Looks without installing anything; returns the path or `null`. Throws when an env var points nowhere. */
export const lookForChromium = (env = process.env, candidates = CANDIDATES) => {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    const value = env[name]
    if (!value) continue
    if (isExecutable(value)) return value
    throw new Error(`${name}=${value} is not an executable file; unset it or point it at Chromium/Chrome`)
  }
  return candidates.find(isExecutable) ?? null
}

const aptInstall = () => {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    process.stderr.write(`find-chromium: apt-get ${args.join(' ')}\n`)
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.error) throw new Error(`apt-get ${args.join(' ')} could not run: ${result.error.message}`)
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} exited with ${result.status ?? result.signal}`)
  }
}

/**
 * Returns the path of a Chromium/Chrome executable. Installs Debian's `chromium` when none is
 * found on Debian/Ubuntu as root (pass `{ install: false }` to forbid). Throws an Error whose
 * message names the install command otherwise. `env` and `candidates` are for tests.
 */
export const findChromium = ({ install = true, env = process.env, candidates = CANDIDATES } = {}) => {
  let found = lookForChromium(env, candidates)
  if (found) return found
  if (install && isDebian() && isRoot()) {
    process.stderr.write('find-chromium: no Chromium found; installing Debian\'s chromium package\n')
    aptInstall()
    found = lookForChromium(env, candidates)
    if (found) return found
  }
  throw new Error(
    'No Chromium or Chrome found (looked at $CHROMIUM_PATH, $CHROME_PATH, ' + candidates.join(', ') + ').\n' +
    `Install one: ${installHint()}\n` +
    'or set CHROMIUM_PATH to an existing Chromium/Chrome executable.',
  )
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href
if (isMain) {
  try {
    process.stdout.write(findChromium() + '\n')
  } catch (error) {
    process.stderr.write(`find-chromium: ${error.message}\n`)
    process.exit(1)
  }
}
