// update(options) replaces the options given at mount as a whole: what it omits comes from the
// target's attributes and the page, never from earlier options. Mounting the same target again
// follows the same rule. A new product gets its own widget_view, share ids and card.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { controls, useBrowser, waitForWidget } from './harness.js'
import { pageHtml } from './fixtures.js'

const h = useBrowser()

const PAGE = pageHtml({
  title: 'Two products | Shop Example',
  body: `    <h1>Two products</h1>
    <div id="share" data-title="Title from the attribute"></div>`,
})

/** In 10 days: a real deadline for product A. */
const deadline = () => new Date(Date.now() + 10 * 86_400_000).toISOString()

/** The card's parts and the copy in the X link, as a shopper and a friend would see them. */
const seen = (page) => page.evaluate(() => {
  const root = document.querySelector('#share').shadowRoot
  const part = (name) => root.querySelector(`[data-part="${name}"]`)?.textContent.trim() ?? null
  const x = root.querySelector('[data-channel="x"]')?.getAttribute('href')
  const url = x && new URL(x)
  return {
    card: !!root.querySelector('[data-part="card"]'),
    price: part('price'),
    original: part('original-price'),
    discount: part('discount'),
    countdown: part('countdown'),
    stock: part('stock'),
    text: url?.searchParams.get('text') ?? null,
    shared: url?.searchParams.get('url') ?? null,
    all: root.textContent,
  }
})

const open = async () => {
  const s = await h.open('/update-rule/page.html', { html: PAGE })
  await s.page.waitForFunction(() => window.ShareCue?.mount)
  await s.page.evaluate(() => {
    window.events = []
    window.ShareCue.on('*', (event) => window.events.push(event))
  })
  return s
}

test('update() with product B shows none of product A\'s discount, deadline or stock', async () => {
  const s = await open()
  await s.page.evaluate((ends) => {
    window.widget = window.ShareCue.mount(document.querySelector('#share'), {
      channels: ['x', 'copy'], card: true, url: 'https://shop.example/p/a', title: 'A',
      price: 129, originalPrice: 159, currency: 'USD', deadline: ends, stock: 2,
    })
  }, deadline())
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.waitForFunction(() => document.querySelector('#share').shadowRoot.querySelector('[data-part="countdown"]'))
  const a = await seen(s.page)
  assert.ok(a.original && a.discount && a.countdown && a.stock, `A shows its whole offer: ${JSON.stringify(a)}`)

  await s.page.evaluate(() => window.widget.update({ channels: ['x', 'copy'], card: true, url: 'https://shop.example/p/b', title: 'B', price: 20, currency: 'EUR' }))
  await s.page.waitForFunction(() => new URL(document.querySelector('#share').shadowRoot.querySelector('[data-channel="x"]').href).searchParams.get('url').startsWith('https://shop.example/p/b'))
  const b = await seen(s.page)
  assert.equal(b.original, null, 'no original price for B')
  assert.equal(b.discount, null, 'no discount for B')
  assert.equal(b.countdown, null, 'no deadline for B')
  assert.equal(b.stock, null, 'no stock for B')
  assert.match(b.price ?? '', /20/)
  assert.doesNotMatch(b.all, /159|87|2 left/, `nothing of A's offer anywhere: ${b.all}`)
  assert.doesNotMatch(b.text ?? '', /159|129|%/, `the share copy names only B: ${b.text}`)
  s.assertNoPageErrors()
})

test('what update() omits comes from the target\'s attributes, never from the options given before', async () => {
  const s = await open()
  await s.page.evaluate(() => {
    window.widget = window.ShareCue.mount(document.querySelector('#share'), { channels: ['x'], url: 'https://shop.example/p/a', title: 'Title from the options' })
  })
  await waitForWidget(s.page, '#share', { session: s })
  assert.match((await seen(s.page)).text ?? '', /Title from the options/)
  await s.page.evaluate(() => window.widget.update({ channels: ['x'], url: 'https://shop.example/p/a' }))
  await s.page.waitForFunction(() => /Title from the attribute/.test(new URL(document.querySelector('#share').shadowRoot.querySelector('[data-channel="x"]').href).searchParams.get('text')))
  // Channels omitted: the locale's defaults, not the earlier ['x'].
  await s.page.evaluate(() => window.widget.update({ url: 'https://shop.example/p/a' }))
  await s.page.waitForFunction(() => document.querySelector('#share').shadowRoot.querySelectorAll('[data-channel]').length > 1)
  s.assertNoPageErrors()
})

test('mounting the same target again replaces its options by the same rule and keeps one widget', async () => {
  const s = await open()
  await s.page.evaluate((ends) => {
    const el = document.querySelector('#share')
    window.first = window.ShareCue.mount(el, { channels: ['x'], card: true, url: 'https://shop.example/p/a', price: 129, originalPrice: 159, currency: 'USD', deadline: ends, stock: 2 })
  }, deadline())
  await waitForWidget(s.page, '#share', { session: s })
  const same = await s.page.evaluate(() => {
    const el = document.querySelector('#share')
    const second = window.ShareCue.mount(el, { channels: ['x'], card: true, url: 'https://shop.example/p/b', price: 20, currency: 'EUR' })
    return second === window.first
  })
  assert.equal(same, true, 'one widget per target')
  await s.page.waitForFunction(() => new URL(document.querySelector('#share').shadowRoot.querySelector('[data-channel="x"]').href).searchParams.get('url').startsWith('https://shop.example/p/b'))
  const b = await seen(s.page)
  assert.deepEqual([b.original, b.discount, b.countdown, b.stock], [null, null, null, null])
  assert.equal((await controls(s.page, '#share')).length, 1)
  s.assertNoPageErrors()
})

test('a new product gets its own widget_view and fresh share ids; the same product keeps them', async () => {
  const s = await open()
  await s.page.evaluate(() => {
    window.widget = window.ShareCue.mount(document.querySelector('#share'), { channels: ['x', 'whatsapp'], url: 'https://shop.example/p/a', title: 'A' })
  })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.waitForFunction(() => window.events.some((e) => e.type === 'widget_view'))
  const scid = async () => new URL((await seen(s.page)).shared).searchParams.get('scid')
  const a = await scid()

  // The same product, other copy: the same view, the same share id.
  await s.page.evaluate(() => window.widget.update({ channels: ['x', 'whatsapp'], url: 'https://shop.example/p/a', title: 'A, reworded' }))
  await s.page.waitForFunction(() => /reworded/.test(new URL(document.querySelector('#share').shadowRoot.querySelector('[data-channel="x"]').href).searchParams.get('text')))
  assert.equal(await scid(), a)

  await s.page.evaluate(() => window.widget.update({ channels: ['x', 'whatsapp'], url: 'https://shop.example/p/b', title: 'B' }))
  await s.page.waitForFunction(() => window.events.filter((e) => e.type === 'widget_view').length === 2)
  const views = await s.page.evaluate(() => window.events.filter((e) => e.type === 'widget_view').map((e) => e.product.url))
  assert.deepEqual(views.map((url) => new URL(url).pathname), ['/p/a', '/p/b'])
  const b = await scid()
  assert.notEqual(b, a, 'B is shared with a share id of its own')
  s.assertNoPageErrors()
})
