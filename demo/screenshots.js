// Screenshots of the playground for the README: docs/playground-desktop.png (1280 wide) and
// docs/playground-phone.png (390 wide), taken in Chromium against the demo server with a
// fresh database. `npm run screenshots` (it builds dist/ first).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { findChromium } from '../scripts/find-chromium.js'
import { startDemo } from './server.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = join(root, 'docs')
mkdirSync(out, { recursive: true })
const dir = mkdtempSync(join(tmpdir(), 'sharecue-shots-'))
const server = await startDemo(0, '127.0.0.1', join(dir, 'events.db'))
const base = `http://127.0.0.1:${server.address().port}/`
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})

/** Tunes the panel as a marketer might: own copy for X, which the count then measures. */
const tune = async (page) => {
  await page.getByLabel('Copy for').selectOption('x')
  await page.getByLabel('Template for X').fill('Grip for wet rock: {title}, now {price} ({discount}) – ends {deadline}')
  await page.waitForFunction(() => document.querySelector('#live [data-sharecue]')?.shadowRoot?.querySelector('[data-channel=x]'))
  await page.waitForSelector('.card-image img')
  await page.waitForTimeout(500)
}

try {
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await desktop.goto(base)
  await tune(desktop)
  await desktop.evaluate(() => { document.querySelector('.panel').scrollTop = document.getElementById('sec-copy').offsetTop - 150 })
  await desktop.waitForTimeout(300)
  await desktop.screenshot({ path: join(out, 'playground-desktop.png') })

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 })
  await phone.goto(base)
  await tune(phone)
  await phone.evaluate(() => scrollTo(0, document.querySelector('.info h2').getBoundingClientRect().top + scrollY - 16))
  await phone.waitForTimeout(300)
  await phone.screenshot({ path: join(out, 'playground-phone.png') })
  console.log('docs/playground-desktop.png, docs/playground-phone.png')
} finally {
  await browser.close()
  await new Promise((done) => server.close(done))
  rmSync(dir, { recursive: true, force: true })
}
