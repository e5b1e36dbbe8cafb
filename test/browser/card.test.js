// The preview card in real Chromium, on the built script: its parts per the contract (§5) from
// a page's JSON-LD offer, the end of the offer while the page is open, the server's time
// against a wrong client clock, reduced motion, the pause button, and one timer for every card.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { attr, pageHtml } from './fixtures.js'
import { sleep, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const PATH = '/inline/card.html'
const HOUR = 3_600_000

/** A product page whose JSON-LD offer has the price, the deadline and the stock; the original price is an attribute. */
const cardPage = ({ deadline, targets = `<div id="share" data-sharecue data-card="true" data-original-price="100" data-channels="copy,x"></div>` }) => pageHtml({
  title: 'Trail shoe | Shop Example',
  head: `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: 'Ridgeline Trail Shoe',
    url: 'https://shop.example/p/trail-shoe',
    offers: {
      '@type': 'Offer', price: '75.00', priceCurrency: 'EUR',
      priceValidUntil: new Date(deadline).toISOString(),
      inventoryLevel: { '@type': 'QuantitativeValue', value: 3 },
    },
  })}</script>`,
  body: targets,
})

/** The card's parts inside `selector`'s shadow root: { name: { tag, text, attributes } }, and the card's state. */
const cardParts = (page, selector = '#share') => page.evaluate((sel) => {
  const root = document.querySelector(sel).shadowRoot
  const card = root.querySelector('[data-part="card"]')
  const parts = {}
  for (const el of card?.querySelectorAll('[data-part]') ?? []) {
    parts[el.dataset.part] = { tag: el.localName, text: el.textContent, datetime: el.getAttribute('datetime'), role: el.getAttribute('role'), live: el.getAttribute('aria-live') }
  }
  return {
    card: !!card, state: card?.dataset.state ?? null, parts,
    text: card?.textContent ?? '', status: root.querySelector('[role="status"]')?.textContent ?? null,
    // The button says what it does; its name changing is the state (no aria-pressed beside it,
    // which would have a screen reader say "Resume countdown, pressed").
    pause: (({ textContent, ariaPressed } = {}) => textContent == null ? null : `${textContent}${ariaPressed == null ? '' : ` aria-pressed=${ariaPressed}`}`)(root.querySelector('.cq') ?? undefined),
  }
}, selector)

const open = async (html, options = {}) => {
  const s = await h.open(PATH, { html, ...options })
  await waitForWidget(s.page, '#share', { session: s, card: true })
  return s
}

test('the card shows price, original price, discount, stock and a countdown as data-part hooks, from JSON-LD and data-original-price', async () => {
  const deadline = Date.now() + 2 * 86_400_000 + 5 * HOUR + 60_000
  const s = await open(cardPage({ deadline }))
  const { card, state, parts } = await cardParts(s.page)
  assert.equal(card, true)
  assert.equal(state, null, 'a running offer has no data-state')
  assert.equal(parts.price.text, '€75.00')
  assert.equal(parts['original-price'].text, '€100.00')
  assert.equal(parts['original-price'].tag, 's', 'struck through')
  assert.equal(parts.discount.text, '-25%')
  assert.equal(parts.stock.text, 'Only 3 left')
  assert.equal(parts.countdown.tag, 'time')
  assert.equal(parts.countdown.datetime, new Date(deadline).toISOString())
  assert.equal(parts.countdown.role, 'timer')
  assert.equal(parts.countdown.live, 'off')
  assert.equal(parts.countdown.text, '2 days, 5 hours')
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('a card leaves out the parts it has no data for', async () => {
  const html = pageHtml({ body: '<div id="share" data-sharecue data-card="true" data-title="Lantern" data-url="https://shop.example/p/lantern" data-channels="copy"></div>' })
  const s = await open(html)
  const { card, parts } = await cardParts(s.page)
  assert.equal(card, true)
  assert.deepEqual(Object.keys(parts), [])
})

test('when the deadline passes while the page is open, the card ends: no countdown, no discount, and the status region says so', async () => {
  const s = await open(cardPage({ deadline: Date.now() + 3000 }))
  const before = await cardParts(s.page)
  assert.ok(before.parts.countdown && before.parts.discount, 'running before the deadline')
  assert.match(before.parts.countdown.text, /^00:00:0[0-3]$/)
  await s.page.waitForFunction(() => document.querySelector('#share').shadowRoot.querySelector('[data-part="card"]')?.dataset.state === 'ended', null, { timeout: 6000 })
  await s.page.waitForFunction(() => document.querySelector('#share').shadowRoot.querySelector('[role="status"]')?.textContent.includes('This offer has ended'), null, { timeout: 2000 })
  const after = await cardParts(s.page)
  assert.deepEqual(Object.keys(after.parts), ['price'], 'every urgency cue is gone; the price stays')
  assert.equal(after.parts.price.text, '€75.00')
  assert.match(after.text, /This offer has ended/)
  assert.doesNotMatch(after.text, /Ends in|left|-25%/)
  s.assertNoPageErrors()
})

test('data-now counts down from the server’s time when the client clock is a day off', async () => {
  const serverNow = Date.now()
  const deadline = serverNow + 2 * HOUR
  // The client clock runs 26 hours fast: by its own time the offer would be over.
  const fastClock = `(() => {
    const Real = Date, skew = 26 * ${HOUR}
    class Fast extends Real {
      constructor(...args) { super(...(args.length ? args : [Real.now() + skew])) }
      static now() { return Real.now() + skew }
    }
    window.Date = Fast
  })()`
  const targets = `
    <div id="share" data-sharecue data-card="true" data-now="${attr(new Date(serverNow).toISOString())}" data-channels="copy"></div>
    <div id="clientclock" data-sharecue data-card="true" data-channels="copy"></div>`
  const s = await open(cardPage({ deadline, targets }), { initScript: fastClock })
  await waitForWidget(s.page, '#clientclock', { card: true })
  await waitForWidget(s.page, '#share', { card: true })
  const [server, client] = [await cardParts(s.page, '#share'), await cardParts(s.page, '#clientclock')]
  assert.equal(client.state, 'ended', 'without data-now the fast client clock says the offer ended')
  assert.equal(server.state, null)
  const [hh, mm, ss] = server.parts.countdown.text.split(':').map(Number)
  const left = (hh * 3600 + mm * 60 + ss) * 1000
  assert.ok(left <= 2 * HOUR && left > 2 * HOUR - 30_000, `about two hours left by the server's time: ${server.parts.countdown.text}`)
  assert.equal(server.parts.countdown.datetime, new Date(deadline).toISOString())
  s.assertNoPageErrors()
})

test('under prefers-reduced-motion the countdown starts paused, showing the deadline', async () => {
  const deadline = Date.now() + 2 * HOUR
  const s = await open(cardPage({ deadline }), { contextOptions: { reducedMotion: 'reduce' } })
  const first = await cardParts(s.page)
  assert.equal(first.pause, 'Resume countdown', 'the pause button offers to resume')
  assert.match(first.parts.countdown.text, /\d{1,2}:\d{2}/)
  assert.match(first.text, /Ends /)
  assert.doesNotMatch(first.parts.countdown.text, /^\d\d:\d\d:\d\d$/, 'no ticking time')
  await sleep(1500)
  assert.equal((await cardParts(s.page)).parts.countdown.text, first.parts.countdown.text, 'nothing moves')
  s.assertNoPageErrors()
})

test('the pause button is reached with Tab and toggled with Enter and Space, its name saying what it does next', async () => {
  const s = await open(cardPage({ deadline: Date.now() + 2 * HOUR }))
  assert.equal((await cardParts(s.page)).pause, 'Pause countdown')
  await s.page.keyboard.press('Tab')
  const focused = () => s.page.evaluate(() => document.querySelector('#share').shadowRoot.activeElement?.className ?? null)
  assert.equal(await focused(), 'cq', 'Tab reaches the pause button first')
  await s.page.keyboard.press('Enter')
  const paused = await cardParts(s.page)
  assert.equal(paused.pause, 'Resume countdown')
  assert.match(paused.text, /Ends /)
  assert.equal(await focused(), 'cq', 'focus stays on the button')
  await sleep(1200)
  assert.equal((await cardParts(s.page)).parts.countdown.text, paused.parts.countdown.text, 'paused: the time does not tick')
  await s.page.keyboard.press('Space')
  const resumed = await cardParts(s.page)
  assert.equal(resumed.pause, 'Pause countdown')
  assert.match(resumed.parts.countdown.text, /^0[12]:\d\d:\d\d$/)
  s.assertNoPageErrors()
})

test('one timer drives twenty ticking cards, and none runs while no card is in view', async () => {
  // Whole seconds apart (a minute each), as merchants' deadlines are: every card ticks on the same beat.
  const base = Math.ceil((Date.now() + 2 * HOUR) / 1000) * 1000
  const targets = [
    ...Array.from({ length: 20 }, (_, i) => `<div id="${i ? `card-${i}` : 'share'}" data-sharecue data-card="true" data-deadline="${new Date(base + i * 60_000).toISOString()}" data-title="Product ${i}" data-url="https://shop.example/p/${i}" data-price="${10 + i}" data-currency="EUR" data-channels="copy"></div>`),
    '<div id="far" style="height:6000px"></div><p id="bottom">end</p>',
  ].join('\n')
  const countTimers = `(() => {
    const real = window.setTimeout
    window.timeoutCalls = 0
    window.setTimeout = function (...args) { window.timeoutCalls++; return real.apply(this, args) }
  })()`
  const s = await open(pageHtml({ body: targets }), { initScript: countTimers })
  await s.page.waitForFunction(() => [...document.querySelectorAll('[data-sharecue]')].every((el) => el.shadowRoot?.querySelector('[data-part="countdown"]')))
  const rate = async () => {
    await sleep(1000) // let mounting, icons and observers settle
    await s.page.evaluate(() => { window.timeoutCalls = 0 })
    await sleep(3000)
    return (await s.page.evaluate(() => window.timeoutCalls)) / 3
  }
  const visible = async () => s.page.evaluate(() => [...document.querySelectorAll('[data-sharecue]')].filter((el) => {
    const box = el.getBoundingClientRect()
    return box.bottom > 0 && box.top < innerHeight
  }).length)
  assert.ok(await visible() >= 2, 'several cards are in view')
  const ticking = await rate()
  const texts = await s.page.evaluate(() => document.querySelector('#share').shadowRoot.querySelector('[data-part="countdown"]').textContent)
  assert.match(texts, /^0[12]:\d\d:\d\d$/, 'the cards tick each second')
  assert.ok(ticking <= 3, `setTimeout calls per second with 20 ticking cards: ${ticking}`)
  await s.page.evaluate(() => document.querySelector('#bottom').scrollIntoView())
  assert.equal(await visible(), 0, 'no card in view')
  const idle = await rate()
  assert.ok(idle <= 0.34, `setTimeout calls per second with no card in view: ${idle}`)
  s.assertNoPageErrors()
})

test('data-now (the server\'s time when the page was made) on a card below the fold: the card keeps the server\'s clock, however late the shopper scrolls to it', async () => {
  // Client and server share a clock here: with a right data-now the card must say what the
  // client's clock says. The offer ends 4 s after the page was made; the shopper scrolls after 7 s.
  const made = Date.now()
  const html = pageHtml({
    body: `<div style="height:5000px"></div>
<div id="share" data-sharecue data-url="https://shop.example/p/lantern" data-title="Field Lantern" data-channels="x,copy"
     data-card="true" data-price="41" data-original-price="50" data-currency="EUR"
     data-deadline="${new Date(made + 4000).toISOString()}" data-now="${new Date(made).toISOString()}"></div>`,
  })
  const s = await h.open('/inline/card-now-below.html', { html })
  await s.page.waitForFunction(() => window.ShareCue?.version)
  await sleep(Math.max(0, made + 7000 - Date.now()))
  await s.page.evaluate(() => document.querySelector('#share').scrollIntoView())
  await waitForWidget(s.page, '#share', { session: s, card: true })
  await sleep(300)
  const card = await s.page.evaluate(() => {
    const root = document.querySelector('#share').shadowRoot
    return { state: root.querySelector('[data-part="card"]').getAttribute('data-state'), countdown: root.querySelector('[data-part="countdown"]')?.textContent ?? null }
  })
  assert.deepEqual(card, { state: 'ended', countdown: null }, `the offer ended 3 s ago, the card says: ${JSON.stringify(card)}`)
  s.assertNoPageErrors()
})

test('a resumed countdown ticks again at once, not a minute later', async () => {
  const s = await open(cardPage({ deadline: Date.now() + 2 * HOUR }))
  const pause = () => s.page.evaluate(() => document.querySelector('#share').shadowRoot.querySelector('.cq').click())
  await pause()
  await sleep(1500) // the tick after the pause is planned a minute away
  await pause()
  const resumed = (await cardParts(s.page)).parts.countdown.text
  await sleep(2500)
  const later = (await cardParts(s.page)).parts.countdown.text
  assert.notEqual(later, resumed, `the countdown stood still after resuming: ${resumed}`)
  s.assertNoPageErrors()
})

test('a widget without a card stops sharing the offer once it has ended: its copy falls back to plain', async () => {
  const html = pageHtml({
    body: `<div id="share" data-sharecue data-url="https://shop.example/p/lantern" data-title="Field Lantern" data-channels="x,copy"
     data-price="75" data-original-price="100" data-currency="EUR" data-deadline="${new Date(Date.now() + 4000).toISOString()}"
     data-template="{title}: {discount} off, ends in {timeLeft}"></div>`,
  })
  const s = await h.open('/inline/copy-ends.html', { html })
  await waitForWidget(s.page, '#share', { session: s })
  const shared = () => s.page.evaluate(() => new URL(document.querySelector('#share').shadowRoot.querySelector('[data-channel="x"]').href).searchParams.get('text'))
  // The first pointer brings the full widget, whose links carry the priced copy.
  await s.page.hover('#share')
  await s.page.waitForFunction(() => document.querySelector('#share').shadowRoot.querySelector('[data-channel="x"]').href.includes('off'))
  assert.match(await shared(), /^Field Lantern: -25% off, ends in 00:00:0\d$/)
  await sleep(5000)
  assert.equal(await shared(), 'Field Lantern', 'after the deadline the link shares no discount and no time left')
  s.assertNoPageErrors()
})

test('a related product\'s card on a product page shows none of the page product\'s price, discount, countdown or stock: the page\'s JSON-LD names another address', async () => {
  const deadline = Date.now() + 2 * HOUR
  const targets = `<div id="share" data-sharecue data-card="true" data-original-price="100" data-channels="copy,x"></div>
    <div id="related" data-sharecue data-card="true" data-url="https://shop.example/p/camp-mug" data-title="Enamel Camp Mug" data-channels="copy,x"></div>`
  const s = await open(cardPage({ deadline, targets }))
  await waitForWidget(s.page, '#related', { session: s, card: true })
  const own = await cardParts(s.page)
  assert.deepEqual(Object.keys(own.parts).filter((part) => ['price', 'discount', 'countdown', 'stock'].includes(part)).sort(), ['countdown', 'discount', 'price', 'stock'], 'the page\'s product has its offer')
  const related = await cardParts(s.page, '#related')
  assert.equal(related.card, true)
  assert.match(related.text, /Enamel Camp Mug/)
  assert.deepEqual(Object.keys(related.parts).filter((part) => ['price', 'original-price', 'discount', 'countdown', 'stock'].includes(part)), [], `no cue without data: ${related.text}`)
  s.assertNoPageErrors()
})

test('a JSON-LD priceValidUntil a year away (shop software\'s placeholder for every product) makes no countdown; the price and stock show', async () => {
  const s = await open(cardPage({ deadline: Date.now() + 390 * 86_400_000 }))
  const { card, parts } = await cardParts(s.page)
  assert.equal(card, true)
  assert.equal(parts.countdown, undefined, 'no "Ends in 390 days"')
  assert.equal(parts.price.text, '€75.00')
  assert.equal(parts.stock.text, 'Only 3 left')
  s.assertNoPageErrors()
})

test('a sold-out product\'s card shows "Sold out" and its discount, but no countdown: nothing is left to hurry for', async () => {
  const targets = '<div id="share" data-sharecue data-card="true" data-original-price="100" data-stock="0" data-channels="copy,x"></div>'
  const s = await open(cardPage({ deadline: Date.now() + 2 * HOUR, targets }))
  const { parts } = await cardParts(s.page)
  assert.equal(parts.stock.text, 'Sold out')
  assert.equal(parts.discount.text, '-25%')
  assert.equal(parts.countdown, undefined)
  s.assertNoPageErrors()
})
