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
  // The first paint links plain copy; the full widget (at once, for the card) writes the price in.
  await until(page, ([sel, text]) => {
    const href = document.querySelector(sel)?.shadowRoot?.querySelector('[data-channel=x]')?.getAttribute('href')
    return href && new URL(href).searchParams.get('text') === text
  }, [LIVE, wanted])
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

  // Its events reach the demo's collector from the other site, as a real widget's (no preview).
  const { href } = (await controls(other, '[data-sharecue]')).find((c) => c.channel === 'x')
  const scid = new URL(new URL(href).searchParams.get('url')).searchParams.get('scid')
  await other.locator('[data-sharecue]').locator('[data-channel=x]').click()
  await other.evaluate(() => window.ShareCue.flush())
  const arrived = await recentWhen((e) => e.type === 'share_click' && e.shareId === scid, 'the pasted widget\'s click')
  assert.ok(arrived.page.startsWith(blank.url), arrived.page)
  assert.equal(arrived.preview, undefined)
})

/** Waits until /events/recent holds an event that `match` accepts. */
const recentWhen = async (match, what) => {
  const deadline = performance.now() + WAIT
  while (performance.now() < deadline) {
    const { events } = await (await fetch(base + '/events/recent?limit=200')).json()
    const found = events.find(match)
    if (found) return found
    await new Promise((done) => setTimeout(done, 200))
  }
  assert.fail(`/events/recent never held ${what}`)
}

test('two copy variants: the marketer\'s previews count nowhere; a simulated order and real visitors are counted per variant, by people', async () => {
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
  assert.doesNotMatch(html, /data-preview/, 'the snippet makes a real widget, not a preview')

  // The live widget previews b: its copy; its click reaches the collector marked as a preview
  // and is in no figure.
  await until(page, (sel) => new URL(document.querySelector(sel)?.shadowRoot?.querySelector('[data-channel=x]')?.getAttribute('href') ?? 'x:')
    .searchParams.get('text') === 'Treat yourself: Alpine Trail Runner – Ember Red', LIVE)
  const { href } = await liveControl(page, 'x')
  const previewScid = new URL(new URL(href).searchParams.get('url')).searchParams.get('scid')
  await page.locator(LIVE).locator('[data-channel=x]').click()
  const preview = await recentWhen((e) => e.type === 'share_click' && e.shareId === previewScid, 'the preview\'s click')
  assert.equal(preview.preview, true)
  assert.equal(preview.variant, 'b')
  const before = await (await fetch(base + '/stats')).json()
  assert.equal(before.byVariant.b, undefined, 'the preview counts for no variant')

  // "Simulate an order": a shop page in a new tab, as a visitor sees the widget; share, open
  // the link as the friend, buy. The order counts for the variant and channel of the share.
  const [sim] = await Promise.all([s.context.waitForEvent('page'), page.getByRole('link', { name: 'Simulate an order' }).click()])
  await sim.waitForLoadState()
  await waitForWidget(sim, '#widget [data-sharecue]', { timeout: WAIT })
  await sim.locator('#widget [data-sharecue]').locator('[data-channel=x]').click()
  await sim.getByRole('link', { name: 'Open the shared link as your friend' }).click()
  await sim.getByRole('button', { name: /^Buy it/ }).click()
  await assert.doesNotReject(sim.getByText(/^Order SIM-[\w-]+ placed/).waitFor())
  const sold = await statsWhen((st) => st.orders?.orders === 1, 'the simulated order')
  const [[variant, sales]] = Object.entries(sold.orders.byVariant)
  assert.ok(['a', 'b'].includes(variant))
  assert.equal(sales.orders, 1)
  assert.deepEqual(sold.orders.byVariantChannel[variant].x.orders, 1)
  const cell = (name, stat) => page.locator(`.stats-table tr[data-variant=${name}] td[data-stat=${stat}]`)
  await assert.doesNotReject(cell(variant, 'orders').filter({ hasText: /^1$/ }).waitFor())
  await assert.doesNotReject(cell(variant, 'revenue').filter({ hasText: /129\.00 EUR/ }).waitFor())

  // Real visitors (sent as the widget sends them): a has 100 views, 20 of which shared once;
  // b has 100 views, 10 of which shared four times (40 clicks). Counted by clicks b would win;
  // by people it cannot.
  let n = 0
  const id = (prefix) => `${prefix}${++n}`.padEnd(21, '_')
  const events = []
  for (const [name, sharing, times] of [['a', 20, 1], ['b', 10, 4]]) {
    for (let i = 0; i < 100; i++) {
      const view = id(`v${name}`)
      const common = { ts: Date.now(), page: base + '/', widget: 'w', variant: name, view, product: { url: base + '/' } }
      events.push({ id: id('e'), type: 'widget_view', ...common })
      if (i < sharing) for (let k = 0; k < times; k++) events.push({ id: id('e'), type: 'share_click', channel: 'whatsapp', shareId: id('s'), ...common })
    }
  }
  const res = await fetch(base + '/events', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ v: 1, events }) })
  assert.equal((await res.json()).accepted, events.length)
  const stats = await statsWhen((st) => (st.ab?.variants?.b?.shares ?? 0) >= 40, 'the visitors\' shares')
  assert.ok(stats.ab.variants.b.viewsShared <= 12, `b: ${JSON.stringify(stats.ab.variants.b)}`)
  await assert.doesNotReject(cell('b', 'share_click').filter({ hasText: /^4\d$/ }).waitFor())
  const verdict = await page.locator('.verdict').textContent()
  assert.doesNotMatch(verdict, /Variant b is shared/)
  assert.match(verdict, /Variant a is shared by more of its viewers than b|No difference yet/)
  // The event log lists the newest first.
  const times = await page.locator('.event-log time').evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime'))))
  assert.deepEqual(times, [...times].sort((x, y) => y - x), 'newest first')
  s.errors.length && assert.fail(s.errors.join('\n'))
})

test('what the widget cannot use is explained next to its field; long copy is kept to the widget\'s bound; Copied shows; Reset can be undone', async () => {
  const s = await open(base + '/', { permissions: ['clipboard-read', 'clipboard-write'] })
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT })
  const note = (key) => page.locator(`#note-${key}`)
  await page.getByLabel('Price', { exact: true }).fill('free')
  await assert.doesNotReject(note('price').filter({ hasText: /“free” is not a price/ }).waitFor())
  assert.equal(await page.getByLabel('Price', { exact: true }).getAttribute('aria-describedby'), 'note-price')
  await page.getByLabel('Price', { exact: true }).fill('-5')
  await assert.doesNotReject(note('price').filter({ hasText: /“-5” is not a price/ }).waitFor())
  await page.getByLabel('Price', { exact: true }).fill('129.00')
  await assert.doesNotReject(note('price').waitFor({ state: 'detached' }))
  await page.getByLabel('Units in stock (empty: unknown)').fill('2.5')
  await assert.doesNotReject(note('stock').filter({ hasText: /not a whole number/ }).waitFor())
  // Share (native) cannot share in this desktop browser, and Messenger needs an app id here.
  await page.getByLabel('Add a channel').selectOption('messenger')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await assert.doesNotReject(page.locator('.channel-list li[data-id=messenger] .field-note', { hasText: /needs a Facebook app id/ }).waitFor())

  // Copy longer than the widget takes is cut at 1000 characters, and says so; a reload keeps it.
  const area = page.getByLabel('Template for every channel')
  await area.fill('Long copy. '.repeat(120))
  assert.equal((await area.inputValue()).length, 1000)
  await assert.doesNotReject(page.getByText(/^1000 \/ 1000 characters: the most a template may hold/).waitFor())
  await page.reload()
  await waitForWidget(page, LIVE, { timeout: WAIT })
  assert.equal((await page.getByLabel('Template for every channel').inputValue()).length, 1000, 'kept across the reload')

  // "Copied" on the button itself, then back.
  await page.getByRole('button', { name: 'Copy HTML' }).click()
  await assert.doesNotReject(page.getByRole('button', { name: /✓ HTML snippet copied/ }).waitFor())
  await assert.doesNotReject(page.getByRole('button', { name: 'Copy HTML' }).waitFor({ timeout: WAIT }))

  // Reset, then Undo: the settings come back.
  await page.getByRole('button', { name: 'Reset' }).click()
  assert.equal(await page.getByLabel('Template for every channel').inputValue(), '')
  await page.getByRole('button', { name: 'Undo reset' }).click()
  assert.equal((await page.getByLabel('Template for every channel').inputValue()).length, 1000)
  assert.equal(await page.getByRole('button', { name: 'Undo reset' }).count(), 0)

  // Sliders are named.
  assert.equal(await page.getByRole('slider', { name: 'Corner radius' }).count(), 1)
  assert.equal(await page.getByRole('slider', { name: 'Button height' }).count(), 1)
  s.errors.length && assert.fail(s.errors.join('\n'))
})

test('"Simulate an ask" walks the loop in two tabs: ask, answer as the friend, see the answer back in the first tab', async () => {
  const s = await open(base + '/', { permissions: ['clipboard-read', 'clipboard-write'] })
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT })
  const [asker] = await Promise.all([s.context.waitForEvent('page'), page.getByRole('link', { name: 'Simulate an ask' }).click()])
  await asker.waitForLoadState()
  const widget = asker.locator('#widget [data-sharecue]')
  await widget.locator('[data-part=ask]').click()
  // Copy link keeps the shopper here (a messaging app's link would open its site in a tab).
  await widget.locator('[data-ask-channel=copy]').click()
  const copied = await asker.evaluate(() => navigator.clipboard.readText())
  assert.match(copied, /^Should I get this\? Alpine Trail Runner – Ember Red http:\/\/\S+scask=1\S*$/)
  assert.equal(copied.match(/(^|\s)https?:\/\//g)?.length, 1, `the link once: ${copied}`)
  const [friend] = await Promise.all([s.context.waitForEvent('page'), asker.getByRole('link', { name: 'Open the ask as your friend (a second tab)' }).click()])
  await friend.waitForLoadState()
  const prompt = friend.locator('#widget [data-sharecue]').locator('[data-part=ask-prompt]')
  await prompt.getByRole('button', { name: 'Get it' }).click()
  await assert.doesNotReject(prompt.filter({ hasText: 'Thanks!' }).waitFor())
  await friend.evaluate(() => window.ShareCue.flush())
  await statsWhen((st) => st.asks?.answers === 1, 'the friend\'s answer')
  await asker.getByRole('button', { name: 'Reload to see the answers' }).click()
  await assert.doesNotReject(asker.locator('#widget [data-sharecue]').locator('[data-part=answers]', { hasText: 'Your friends said: 1 Get it' }).waitFor())
  s.errors.length && assert.fail(s.errors.join('\n'))
})

test('keyboard-usable, labelled and without console errors, down to a phone’s width', async () => {
  const s = await open(base + '/', { width: 375, height: 800 })
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT })
  await page.locator('.messages li').first().waitFor()
  assert.ok(await page.getByText('The tuning panel is below the product').isVisible(), 'the phone layout says where the panel is')
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

test('keyboard focus stays in the channel list when a channel is removed or moved to an end', async () => {
  const s = await open()
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT })
  const where = () => page.evaluate(() => ({ tag: document.activeElement?.localName, item: document.activeElement?.closest('.channel-list li')?.dataset.id }))
  /** Presses Enter on a button, waits for the snippet to show the change, and says which item has the focus. */
  const press = async (button, snippet) => {
    await page.getByRole('button', { name: button }).focus()
    await page.keyboard.press('Enter')
    await page.locator('#snippet-html', { hasText: snippet }).waitFor()
    return where()
  }
  // Moved to the top, its "Move up" button is disabled: the focus stays on its item.
  assert.deepEqual(await press('Move Facebook up', 'data-channels="facebook,whatsapp'), { tag: 'li', item: 'facebook' }, 'focus after moving Facebook to the top')
  assert.deepEqual(await press('Move Email down', 'copy,email"'), { tag: 'li', item: 'email' }, 'focus after moving Email to the bottom')
  // Removed, its buttons are gone: the focus goes to the channel now in its place.
  assert.deepEqual(await press('Remove WhatsApp', 'data-channels="facebook,x,copy,email"'), { tag: 'li', item: 'x' }, 'focus after removing WhatsApp')
  assert.deepEqual(await press('Remove Email', 'data-channels="facebook,x,copy"'), { tag: 'li', item: 'copy' }, 'focus after removing the last channel of the list')
  s.errors.length && assert.fail(s.errors.join('\n'))
})

test('keyboard focus stays nearby when a variant is removed or a Reset undone', async () => {
  const s = await open()
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT })
  const focusedName = () => page.evaluate(() => {
    const el = document.activeElement
    return el?.localName === 'body' ? 'body' : el?.getAttribute('aria-label') || el?.id || el?.textContent?.trim()
  })
  for (const name of ['a', 'b']) {
    await page.getByLabel('New variant').fill(name)
    await page.getByRole('button', { name: 'Add variant' }).click()
  }
  // Its ✕ is gone with it: the focus goes to the variant now in its place, else to the name field.
  await page.getByRole('button', { name: 'Remove variant a' }).focus()
  await page.keyboard.press('Enter')
  await page.locator('.variant-list li[data-variant=a]').waitFor({ state: 'detached' })
  assert.equal(await focusedName(), 'Edit copy of b')
  await page.getByRole('button', { name: 'Remove variant b' }).focus()
  await page.keyboard.press('Enter')
  await page.locator('.variant-list').waitFor({ state: 'detached' })
  assert.equal(await focusedName(), 'variant-name')
  // "Undo reset" goes once used: the focus goes back to Reset.
  await page.getByRole('button', { name: 'Reset' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Undo reset' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Undo reset' }).waitFor({ state: 'detached' })
  assert.equal(await focusedName(), 'Reset')
  s.errors.length && assert.fail(s.errors.join('\n'))
})

test('what the playground shows is what the pasted snippet sends, also for data the demo page has and the target lacks', async () => {
  // Copy naming every product field, and no price: the live widget must not take the
  // page's own data (its JSON-LD, its meta tags) where the snippet's target has none.
  const settings = { price: '', templates: { default: '{title}: {text}', x: '{brand} · {title} · {sku} · {price}' } }
  const s = await open(`${base}/#s=${Buffer.from(JSON.stringify(settings)).toString('base64url')}`)
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT, card: true })
  await page.hover(LIVE)
  const snippet = await page.locator('#snippet-html').textContent()
  blank.page('/blank-fields.html', `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>\n${snippet}\n</body></html>`)
  const other = await s.context.newPage()
  await other.goto(blank.url + '/blank-fields.html')
  await waitForWidget(other, '[data-sharecue]', { timeout: WAIT, card: true })
  await other.hover('[data-sharecue]')
  // Both widgets full (the second stage writes the card's price line and the priced copy).
  await other.waitForTimeout(1000)
  const sent = async (p, sel) => ({
    links: (await controls(p, sel)).map((c) => withoutShareId(c.href)),
    card: await p.evaluate((q) => document.querySelector(q).shadowRoot.querySelector('[data-part=card]').textContent.replace(/\d+ (days?|hours?|minutes?|seconds?)/g, ''), sel),
  })
  const pasted = await sent(other, '[data-sharecue]')
  assert.deepEqual(await sent(page, LIVE), pasted)
  // The preview says the same.
  assert.equal(await page.locator('.messages li[data-channel=x] .msg-text').evaluate((el) => el.firstChild.textContent), xText(pasted.links[2]))
  s.errors.length && assert.fail(s.errors.join('\n'))
})

test('an Arabic message is previewed right to left, as the messaging app shows it', async () => {
  const s = await open(`${base}/#s=${Buffer.from(JSON.stringify({ locale: 'ar' })).toString('base64url')}`)
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT })
  const text = page.locator('.messages li[data-channel=whatsapp] .msg-text')
  await text.filter({ hasText: 'سيعجبك' }).waitFor()
  // A message that starts in Arabic reads from the right: its Arabic words right of the
  // product's Latin title, as in WhatsApp, not left of it as in an English paragraph.
  const [arabic, latin] = await text.evaluate((el) => ['سيعجبك', 'Alpine'].map((word) => {
    const node = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode()
    const range = document.createRange()
    range.setStart(node, node.data.indexOf(word))
    range.setEnd(node, node.data.indexOf(word) + word.length)
    return range.getBoundingClientRect().left
  }))
  assert.ok(arabic > latin, `the Arabic words are left of the title (${arabic} < ${latin})`)
  s.errors.length && assert.fail(s.errors.join('\n'))
})

test('the note on urgency copy that is no longer true is the copy field\'s description', async () => {
  const settings = { deadline: '2020-01-01T00:00:00Z', templates: { default: 'Hurry, {timeLeft} left: {title}' } }
  const s = await open(`${base}/#s=${Buffer.from(JSON.stringify(settings)).toString('base64url')}`)
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT })
  const area = page.getByLabel('Template for every channel')
  await page.getByText(/^Urgency that is not true any more/).waitFor()
  // What a screen reader says on the field: its description names the note, as the price's does.
  const description = await area.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '').join(' '))
  assert.match(description, /Urgency that is not true any more/)
  s.errors.length && assert.fail(s.errors.join('\n'))
})

test('"Simulate an order" buys at the price the widget shows, written with a decimal comma too', async () => {
  const settings = { price: '149,90', variants: [{ name: 'a', templates: {} }] }
  const s = await open(`${base}/#s=${Buffer.from(JSON.stringify(settings)).toString('base64url')}`)
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT, card: true })
  assert.match(await page.locator('#price').textContent(), /^€149\.90/, 'the widget reads 149,90 as €149.90')
  // The friend's arrival, as the shared link brings it: the order step offers the price.
  const href = await page.getByRole('link', { name: 'Simulate an order' }).getAttribute('href')
  const friend = await s.context.newPage()
  await friend.goto(`${base}${href}&utm_source=x&utm_medium=social&scid=${'F'.repeat(21)}`)
  const buy = friend.getByRole('button', { name: /^Buy it/ })
  await buy.waitFor()
  assert.equal(await buy.textContent(), 'Buy it for 149.90 EUR')
  s.errors.length && assert.fail(s.errors.join('\n'))
})

test('removing the channel whose copy is being edited goes back to the copy for every channel', async () => {
  const s = await open()
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT })
  await page.getByLabel('Copy for').selectOption('x')
  await page.getByLabel('Template for X').fill('X only: {title}')
  await page.getByRole('button', { name: 'Remove X' }).click()
  // Not an editor for a channel the widget no longer has, under a select that names nothing.
  await assert.doesNotReject(page.getByLabel('Template for every channel').waitFor())
  assert.equal(await page.getByLabel('Copy for').inputValue(), 'default')
  s.errors.length && assert.fail(s.errors.join('\n'))
})

test('the card image is drawn for the image channel without the card, and never left "drawing" when there is none', async () => {
  const at = (settings) => `${base}/#s=${Buffer.from(JSON.stringify(settings)).toString('base64url')}`
  const s = await open(at({ card: false, channels: ['x', 'image'] }))
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT })
  // The image channel shares the card as a picture: the preview shows that picture.
  await assert.doesNotReject(page.locator('figure.card-image img').waitFor())
  // Neither a card nor the image channel: nothing is drawn, and the panel does not say it is.
  await page.getByRole('button', { name: 'Remove Share image' }).click()
  await page.locator('figure.card-image img').waitFor({ state: 'detached' })
  await page.waitForTimeout(1000)
  assert.equal(await page.getByText('Drawing the card image…').count(), 0)
  s.errors.length && assert.fail(s.errors.join('\n'))
})

test('a playground link opened in a playground tab (only the hash changes) brings its settings; the skip link keeps them', async () => {
  const s = await open()
  const { page } = s
  await waitForWidget(page, LIVE, { timeout: WAIT })
  // A colleague's link pasted into the address bar: the same page, another hash, no reload.
  const link = `${base}/#s=${Buffer.from(JSON.stringify({ layout: 'pills', templates: { x: 'From a colleague: {title}' } })).toString('base64url')}`
  await page.goto(link)
  await assert.doesNotReject(page.locator('#snippet-html', { hasText: 'data-template-x="From a colleague: {title}"' }).waitFor())
  assert.match(await page.locator('#snippet-html').textContent(), /data-layout="pills"/)
  assert.equal(page.url(), link, 'the address keeps the link')
  // The skip link (an in-page anchor) leaves the settings in the address: a reload or "Copy link
  // to these settings" after it keeps them, and they are not reset.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await page.waitForTimeout(300)
  assert.equal(page.url(), link, 'the address after the skip link')
  await page.reload()
  await assert.doesNotReject(page.locator('#snippet-html', { hasText: 'data-template-x="From a colleague: {title}"' }).waitFor())
  s.errors.length && assert.fail(s.errors.join('\n'))
})
