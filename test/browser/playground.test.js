// The playground (`npm start`): its own server started as `npm start` starts it, on a free
// port with a fresh database; the panel driven in Chromium like a marketer would.
import { after, afterEach, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, startServer } from './server.js'
import { controls, launchBrowser, waitForWidget } from './harness.js'

/** Generous: two cores shared with other work; every wait polls for a condition. */
const WAIT = 15_000
const LIVE = '#live [data-sharecue]'
const TITLE = 'Alpine Trail Runner – Ember Red'

let demo
let base
let browser
let blank
let dir
const contexts = new Set()

/** Starts `node demo/server.js` with PORT=0 and resolves with the URL it prints. */
const startDemo = () => new Promise((resolve, reject) => {
  const child = spawn(process.execPath, ['demo/server.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', SHARECUE_DB: join(dir, 'events.db') },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const timer = setTimeout(() => reject(new Error(`the demo server printed no URL in ${WAIT} ms: ${out}`)), WAIT)
  const read = (chunk) => {
    out += chunk
    const url = /http:\/\/localhost:(\d+)\//.exec(out)
    if (url) {
      clearTimeout(timer)
      resolve({ child, url: `http://127.0.0.1:${url[1]}` })
    }
  }
  child.stdout.on('data', read)
  child.stderr.on('data', (chunk) => { out += chunk })
  child.on('exit', (code) => reject(new Error(`the demo server exited (${code}): ${out}`)))
})

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sharecue-playground-'))
  ;({ child: demo, url: base } = await startDemo())
  browser = await launchBrowser()
  blank = await startServer()
})
afterEach(async () => {
  await Promise.all([...contexts].map((context) => context.close().catch(() => {})))
  contexts.clear()
})
after(async () => {
  await browser?.close().catch(() => {})
  await blank?.close()
  demo?.kill()
  rmSync(dir, { recursive: true, force: true })
})

/**
 * A fresh context on the playground (or `url`): console messages and page errors recorded,
 * every request to another host recorded and aborted (share links open x.com in a popup).
 */
const open = async (url = base + '/', { width = 1280, height = 900, permissions } = {}) => {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US' })
  contexts.add(context)
  context.setDefaultTimeout(WAIT)
  if (permissions) await context.grantPermissions(permissions, { origin: new URL(url).origin })
  const session = { context, console: [], errors: [], offHost: [] }
  const local = [new URL(base).origin, blank.origin]
  await context.route('**/*', (route) => {
    const request = route.request()
    if (local.includes(new URL(request.url()).origin)) return route.continue().catch(() => {})
    session.offHost.push(request.url())
    return route.abort('blockedbyclient').catch(() => {})
  })
  context.on('page', (page) => {
    page.on('console', (message) => session.console.push({ type: message.type(), text: message.text(), page: page.url() }))
    page.on('pageerror', (error) => session.errors.push(String(error?.stack ?? error)))
  })
  session.page = await context.newPage()
  await session.page.goto(url)
  return session
}

/** The live widget's control for `channel`: its href, decoded query and accessible name. */
const liveControl = async (page, channel) => {
  const list = await controls(page, LIVE)
  return list?.find((c) => c.channel === channel)
}

/** The `text` parameter of an X intent link. */
const xText = (href) => new URL(href).searchParams.get('text')

/** Waits until `fn` (run in the page) returns something truthy; returns it. */
const until = async (page, fn, arg) => (await page.waitForFunction(fn, arg, { timeout: WAIT, polling: 100 })).jsonValue()

/** Waits until the collector's /stats satisfies `check`; returns the stats. */
const statsWhen = async (check, what) => {
  const deadline = performance.now() + WAIT
  let stats
  while (performance.now() < deadline) {
    stats = await (await fetch(base + '/stats')).json()
    if (check(stats)) return stats
    await new Promise((done) => setTimeout(done, 200))
  }
  assert.fail(`/stats never showed ${what}: ${JSON.stringify({ byVariant: stats?.byVariant, byVariantChannel: stats?.byVariantChannel })}`)
}

/** A link without its share id, which every click makes anew. */
const withoutShareId = (href) => {
  if (!href) return href
  const url = new URL(href)
  for (const [key, value] of url.searchParams) {
    if (/scid=/.test(value) || /^https?:/.test(value)) {
      const inner = new URL(value.match(/https?:\/\/\S+/)[0])
      inner.searchParams.delete('scid')
      url.searchParams.set(key, value.replace(/https?:\/\/\S+/, inner.href))
    }
  }
  return url.href
}

test('the server prints its URL and serves the playground with the live widget', async () => {
  assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/)
  const s = await open()
  await waitForWidget(s.page, LIVE, { timeout: WAIT, card: true })
  const list = await controls(s.page, LIVE)
  assert.deepEqual(list.map((c) => c.channel), ['whatsapp', 'facebook', 'x', 'email', 'copy'])
  // The card is on, with the page's price and the original price.
  const card = await s.page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('[data-part=card]')?.textContent, LIVE)
  assert.match(card, /€129\.00/)
  assert.match(card, /€159\.00/)
})

test('changing a channel’s copy changes the widget, the message preview and the snippet; the address keeps it', async () => {
  const s = await open()
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT })
  // The script tag paints the live widget with plain copy; the full widget (at once for the
  // card, or on the pointer) writes the price into it.
  await page.hover(LIVE)
  await until(page, (sel) => /€129\.00/.test(new URL(document.querySelector(sel).shadowRoot.querySelector('[data-channel=x]').href).searchParams.get('text') ?? ''), LIVE)
  const before = await liveControl(page, 'x')
  assert.equal(xText(before.href), `${TITLE} – €129.00`, 'English public copy before any change')

  await page.getByLabel('Copy for').selectOption('x')
  await page.getByLabel('Template for X').fill('Fresh trail shoes: {title} at {price}')
  const wanted = `Fresh trail shoes: ${TITLE} at €129.00`

  // The live widget's X link carries the new copy; WhatsApp keeps the language's.
  await until(page, ([sel, text]) => {
    const href = document.querySelector(sel)?.shadowRoot?.querySelector('[data-channel=x]')?.getAttribute('href')
    return href && new URL(href).searchParams.get('text') === text
  }, [LIVE, wanted])
  const whatsapp = await liveControl(page, 'whatsapp')
  assert.match(new URL(whatsapp.href).searchParams.get('text'), /^Thought you might like this: Alpine Trail Runner/)

  // The preview shows the same text, with the length X counts: the copy (where € counts 2,
  // being outside X's single-weight ranges), a space, and the link as 23.
  const preview = page.locator('.messages li[data-channel=x]')
  await assert.doesNotReject(preview.locator('.msg-text', { hasText: wanted }).waitFor())
  assert.match(await preview.locator('h4').textContent(), new RegExp(`${wanted.length + 1 + 1 + 23} / 280`))

  // The snippet carries it as an attribute and as a mount option.
  const html = await page.locator('#snippet-html').textContent()
  assert.match(html, /data-template-x="Fresh trail shoes: \{title\} at \{price\}"/)
  assert.match(await page.locator('#snippet-npm').textContent(), /"x": "Fresh trail shoes: \{title\} at \{price\}"/)

  // A copy that cannot fit is flagged; one that names missing data too.
  await page.getByLabel('Template for X').fill('{title} '.repeat(20))
  await assert.doesNotReject(page.locator('table.counts tr[data-channel=x].warn', { hasText: 'cuts the copy to fit 280' }).waitFor())
  await page.getByLabel('Template for X').fill('Fresh trail shoes: {title} at {price}')

  // A reload restores the settings from the address; Reset forgets them.
  await page.locator('table.counts tr[data-channel=x]:not(.warn)').waitFor()
  await page.reload()
  await waitForWidget(page, LIVE, { timeout: WAIT })
  assert.equal(xText((await liveControl(page, 'x')).href), wanted)
  assert.match(await page.locator('#snippet-html').textContent(), /data-template-x=/)
  await page.getByRole('button', { name: 'Reset' }).click()
  await until(page, ([sel, text]) => {
    const href = document.querySelector(sel)?.shadowRoot?.querySelector('[data-channel=x]')?.getAttribute('href')
    return href && new URL(href).searchParams.get('text') === text
  }, [LIVE, `${TITLE} – €129.00`])
  assert.doesNotMatch(await page.locator('#snippet-html').textContent(), /data-template-x=/)
  assert.equal(await page.evaluate(() => location.hash), '')
  s.errors.length && assert.fail(s.errors.join('\n'))
})

test('the snippet pasted into a blank page on localhost gives the same widget', async () => {
  const s = await open()
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT })
  // Tune it: another channel, moved up by keyboard, pills, dark, rounder and larger, a copy.
  await page.getByLabel('Add a channel').selectOption('telegram')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await page.locator('.channel-list li[data-id=telegram]').focus()
  await page.keyboard.press('Alt+ArrowUp')
  await page.getByLabel('Brand pills').check()
  await page.getByLabel('Dark').check()
  await page.locator('label.range', { hasText: 'Corner radius' }).locator('input').fill('16')
  await page.getByLabel('Template for every channel').fill('Look what I found: {title}, {discount}')
  await until(page, (sel) => {
    const ids = [...(document.querySelector(sel)?.shadowRoot?.querySelectorAll('[data-channel]') ?? [])].map((c) => c.dataset.channel)
    return ids.join() === 'whatsapp,facebook,x,email,telegram,copy'
  }, LIVE)
  assert.match(await page.locator('#announce').textContent(), /Telegram moved to position 5 of 6/)
  // Typing settles before the widget redraws: wait until the snippet and the widget agree.
  await until(page, (sel) => document.querySelector(sel)?.shadowRoot?.querySelector('[data-channel=x]')?.getAttribute('href')?.includes('Look%20what%20I%20found'), LIVE)
  const snippet = await page.locator('#snippet-html').textContent()
  assert.match(snippet, /style="--sc-radius:16px"/)

  blank.page('/blank.html', `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>\n${snippet}\n</body></html>`)
  const other = await s.context.newPage()
  await other.goto(blank.url + '/blank.html')
  await waitForWidget(other, '[data-sharecue]', { timeout: WAIT })
  await until(other, () => document.querySelector('[data-sharecue]').shadowRoot.querySelectorAll('[data-channel]').length === 6)
  // The painted widget's links carry plain copy; a shopper's pointer brings the full widget,
  // whose links name the discount (README: "How it is built").
  await other.hover('[data-sharecue]')
  await until(other, () => new URL(document.querySelector('[data-sharecue]').shadowRoot.querySelector('[data-channel=x]').href).searchParams.get('text').includes('-18%'))

  const strip = (list) => list.map((c) => ({ ...c, href: withoutShareId(c.href) }))
  const live = strip(await controls(page, LIVE))
  const pasted = strip(await controls(other, '[data-sharecue]'))
  assert.deepEqual(pasted, live)
  assert.equal(live.length, 6)
  assert.equal(xText((await liveControl(page, 'x')).href), `Look what I found: ${TITLE}, -18%`)

  // The same look: the same computed styles of a control and of the card.
  const look = (p, sel) => p.evaluate((q) => {
    const root = document.querySelector(q).shadowRoot
    const pick = (el) => { const cs = getComputedStyle(el); return [cs.backgroundColor, cs.color, cs.borderRadius, cs.height] }
    return { control: pick(root.querySelector('[data-channel=x]')), card: root.querySelector('[data-part=card]')?.textContent.replace(/\d+ (hours?|minutes?|seconds?)/g, '') }
  }, sel)
  assert.deepEqual(await look(other, '[data-sharecue]'), await look(page, LIVE))
  assert.equal((await look(page, LIVE)).control[2], '20px', 'pills are round whatever the radius: half the 40 px height')
})

test('two copy variants: shares and landings counted per variant by /stats and in the panel', async () => {
  const s = await open()
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT })
  for (const name of ['a', 'b']) {
    await page.getByLabel('New variant').fill(name)
    await page.getByRole('button', { name: 'Add variant' }).click()
  }
  assert.match(await page.locator('#snippet-html').textContent(), /data-variant-a=""\s+data-variant-b=""/)
  await page.getByRole('button', { name: 'Edit copy of b' }).click()
  await page.getByLabel('Template for every channel').fill('Treat yourself: {title}')
  const html = await page.locator('#snippet-html').textContent()
  assert.match(html, /data-variant-a=""/)
  assert.match(html, /data-variant-b="Treat yourself: \{title\}"/)

  // The live widget previews b: its copy, and its clicks say so.
  await until(page, (sel) => new URL(document.querySelector(sel)?.shadowRoot?.querySelector('[data-channel=x]')?.getAttribute('href') ?? 'x:')
    .searchParams.get('text') === 'Treat yourself: Alpine Trail Runner – Ember Red', LIVE)
  const shared = (await liveControl(page, 'x')).href
  await page.locator(LIVE).locator('[data-channel=x]').click()
  await statsWhen((st) => st.byVariant?.b?.share_click === 1 && st.byVariantChannel?.b?.x?.share_click === 1, 'one X click for b')

  // Then a: the control, with the widget's own copy.
  await page.getByLabel('Copy of').selectOption('a')
  await until(page, (sel) => new URL(document.querySelector(sel)?.shadowRoot?.querySelector('[data-channel=x]')?.getAttribute('href') ?? 'x:')
    .searchParams.get('text') === 'Alpine Trail Runner – Ember Red – €129.00', LIVE)
  await page.locator(LIVE).locator('[data-channel=whatsapp]').click()
  await page.locator(LIVE).locator('[data-channel=x]').click()
  const stats = await statsWhen((st) => st.byVariant?.a?.share_click === 2, 'two clicks for a')
  assert.deepEqual(stats.byVariantChannel.a, {
    whatsapp: { share_click: 1, share_complete: 0, share_landing: 0 },
    x: { share_click: 1, share_complete: 0, share_landing: 0 },
  })
  assert.equal(stats.byVariant.b.share_click, 1)

  // A friend opens b's shared link: the landing counts for b.
  const landing = await s.context.newPage()
  await landing.goto(new URL(shared).searchParams.get('url'))
  await statsWhen((st) => st.byVariant?.b?.share_landing === 1, 'a landing for b')

  // The panel shows the same numbers (it polls every 2 s), and says it is too early to call.
  const cell = (variant, stat) => page.locator(`.stats-table tr[data-variant=${variant}] td[data-stat=${stat}]`)
  await assert.doesNotReject(cell('a', 'share_click').filter({ hasText: /^2$/ }).waitFor())
  await assert.doesNotReject(cell('b', 'share_click').filter({ hasText: /^1$/ }).waitFor())
  await assert.doesNotReject(cell('b', 'share_landing').filter({ hasText: /^1$/ }).waitFor())
  assert.match(await page.locator('.verdict').textContent(), /Too few to call/)
  await assert.doesNotReject(page.locator('.by-channel tr[data-variant=a] [data-channel=whatsapp]', { hasText: 'whatsapp 1 / 0 / 0' }).waitFor())
  // The event log lists the newest first, with its variant.
  await assert.doesNotReject(page.locator('.event-log li[data-type=share_landing]').first().waitFor())
  assert.match(await page.locator('.event-log li[data-type=share_click]').first().textContent(), /variant a/)
  const times = await page.locator('.event-log time').evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime'))))
  assert.deepEqual(times, [...times].sort((x, y) => y - x), 'newest first')
  s.errors.length && assert.fail(s.errors.join('\n'))
})

test('keyboard-usable, labelled and without console errors, down to a phone’s width', async () => {
  const s = await open(base + '/', { width: 375, height: 800 })
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT })
  await page.locator('.messages li').first().waitFor()
  // Nothing wider than the phone.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'horizontal scrolling at 375 px')
  // Reorder by keyboard alone: Tab to the first channel, Alt+↓.
  await page.locator('.channel-list li[data-id=whatsapp]').focus()
  await page.keyboard.press('Alt+ArrowDown')
  await assert.doesNotReject(page.locator('#snippet-html', { hasText: 'data-channels="facebook,whatsapp,x,email,copy"' }).waitFor())
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.id), 'whatsapp', 'focus stays on the moved channel')
  // axe-core over the page (the widget's shadow roots included), WCAG 2 A and AA rules.
  const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  await page.addScriptTag({ content: axe })
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] })
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
  })
  assert.deepEqual(violations, [])
  await page.waitForTimeout(2500) // one poll of the collector and one batch of events
  assert.deepEqual(s.errors, [])
  assert.deepEqual(s.console.filter((m) => m.type === 'error' || m.type === 'warning'), [])
  assert.deepEqual(s.offHost, [], 'nothing leaves localhost before a click')
})
