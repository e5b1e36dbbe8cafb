// From share to sale: a shopper shares, a friend lands through the link in another browser and
// orders; the order-confirmation page calls purchase() (through the README's queue stub) and
// /stats credits the share's channel and variant with the order and its revenue. The order
// counts once: on reload, and when Shopify's webhook reports it too. Previews count nowhere.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { useBrowser, waitForWidget } from './harness.js'
import { README_STUB, attr } from './fixtures.js'
import { clickChannel, collectEvents, eventsPage, hrefAndScid, openWithCollector, pageEvents, poll, startEventsCollector } from './pages/events-kit.js'

const h = useBrowser()
const PRODUCT = '/inline/purchase-product.html'
const THANKS = '/inline/purchase-thanks.html'
const SECRET = 'shpss_browser_test'
const ORDER = { orderId: '5678901234567', value: '119.80', currency: 'EUR', items: [{ sku: 'FL-1', quantity: 2, price: 59.9 }] }

/** purchase() may be called through the README's queue stub, before the script has loaded. */
const STUB = README_STUB

/** A product page with A/B copy (the visitor is dealt a variant) and a forced-variant preview widget. */
const productHtml = (c) => eventsPage({
  endpoint: c.endpoint,
  widgets: [],
  body: `<div id="w" class="share" data-sharecue data-channels="whatsapp,telegram" data-title="Field Lantern"
              data-variant-a="" data-variant-b="Big news: {title}"></div>`,
})

/** The order-confirmation page: no widget, the order reported before the script loads. */
const thanksHtml = (c) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Thank you | Shop Example</title>
  <script>${STUB}</script>
  <script>ShareCue.purchase(${JSON.stringify(ORDER)})</script>
  <script src="/dist/sharecue.js" async data-endpoint="${attr(c.endpoint)}"></script>
</head>
<body><main><h1>Thank you for your order</h1></main></body>
</html>`

/** A Shopify orders/create webhook for the same order, signed with `secret`. */
const webhook = (c, scid, secret = SECRET) => {
  const body = JSON.stringify({
    id: Number(ORDER.orderId), currency: 'EUR', total_price: '119.80', created_at: new Date().toISOString(),
    landing_site: `${PRODUCT}?utm_source=whatsapp&scid=${scid}`, line_items: [{ sku: 'FL-1', quantity: 2, price: '59.90' }],
  })
  return fetch(`${c.url}/orders/shopify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shopify-shop-domain': 'field-lantern.myshopify.com', 'x-shopify-hmac-sha256': createHmac('sha256', secret).update(body).digest('base64') },
    body,
  })
}

/** Waits until the page made an event of `type`, and returns the page's events. */
const made = async (page, type) => {
  await page.waitForFunction((t) => (window.__events ?? []).some((e) => e.type === t), type, { timeout: 8000 })
  return pageEvents(page)
}

test('share, land in another browser, order: /stats credits the channel, the variant and the revenue; a reload and the webhook of the same order count once', async (t) => {
  assert.ok(STUB?.includes("'purchase'"), 'the README stub queues purchase()')
  const c = await startEventsCollector(h, t, { shopifySecret: SECRET })

  // The shopper shares on WhatsApp.
  const sharer = await openWithCollector(h, c, PRODUCT, { html: productHtml(c), initScript: collectEvents })
  await waitForWidget(sharer.page, '#w', { session: sharer })
  const { shared, scid } = await hrefAndScid(sharer.page, '#w', 'whatsapp')
  await clickChannel(sharer.page, '#w', 'whatsapp')
  const events = await made(sharer.page, 'share_click')
  const click = events.find((e) => e.type === 'share_click')
  const view = events.find((e) => e.type === 'widget_view')
  assert.match(click.view, /^[\w-]{21}$/)
  assert.equal(click.view, view.view, 'the click and the view name the same widget view')
  assert.ok(['a', 'b'].includes(click.variant))
  assert.equal(click.preview, undefined)
  await sharer.page.evaluate(() => window.ShareCue.flush())

  // A friend opens the link in a browser of their own, and orders.
  const { pathname, search } = new URL(shared)
  const friend = await openWithCollector(h, c, pathname + search, { html: productHtml(c), initScript: collectEvents })
  await waitForWidget(friend.page, '#w', { session: friend })
  h.server.page(THANKS, thanksHtml(c))
  await friend.page.goto(h.url(THANKS))
  const purchase = (await made(friend.page, 'purchase')).find((e) => e.type === 'purchase')
  assert.deepEqual(
    { shareId: purchase.shareId, channel: purchase.channel, order: purchase.order },
    { shareId: scid, channel: 'whatsapp', order: { id: ORDER.orderId, value: 119.8, currency: 'EUR', items: ORDER.items } },
  )
  await friend.page.evaluate(() => window.ShareCue.flush())
  await c.waitForRows((rows) => rows.some((r) => r.type === 'purchase'))

  // The thank-you page reloaded: nothing new is reported.
  await friend.page.reload()
  await friend.page.waitForFunction(() => window.ShareCue?.version)
  await friend.page.evaluate(() => window.ShareCue.flush())
  await new Promise((resolve) => setTimeout(resolve, 300))
  assert.deepEqual((await pageEvents(friend.page)).map((e) => e.type), [], 'no purchase after the reload')

  // Shopify reports the same order: stored, counted once. A forged copy is refused.
  assert.equal((await webhook(c, scid, 'not the secret')).status, 401)
  const res = await webhook(c, scid)
  assert.equal(res.status, 200)
  assert.equal((await res.json()).shareId, scid)

  const stats = await c.stats()
  assert.equal(c.rows().filter((r) => r.type === 'purchase').length, 2, 'the page\'s purchase and the webhook\'s')
  assert.equal(stats.orders.orders, 1)
  assert.deepEqual(stats.orders.revenue, { EUR: 119.8 })
  assert.deepEqual(stats.orders.byChannel, { whatsapp: { orders: 1, revenue: { EUR: 119.8 } } })
  assert.deepEqual(stats.orders.byVariant, { [click.variant]: { orders: 1, revenue: { EUR: 119.8 } } })
  assert.equal(stats.orders.byProduct[0].url, h.url(PRODUCT))
  assert.deepEqual(stats.funnel, { views: 2, viewsShared: 1, shares: 1, landings: 1, orders: 1 })
  assert.equal(stats.ab.variants[click.variant].orders, 1)
  assert.equal(stats.ab.variants[click.variant].viewsShared, 1)
  sharer.assertNoPageErrors()
  friend.assertNoPageErrors()
})

test('previews (a forced variant, data-preview) say preview: true and count in no figure; every page view is a new widget view', async (t) => {
  const c = await startEventsCollector(h, t)
  const html = eventsPage({
    endpoint: c.endpoint,
    widgets: [],
    body: `<div id="forced" class="share" data-sharecue data-channels="telegram" data-variant-a="" data-variant-b="Big news: {title}" data-variant="b"></div>
           <div id="tried" class="share" data-sharecue data-channels="telegram" data-preview="true"></div>
           <div id="real" class="share" data-sharecue data-channels="telegram"></div>`,
  })
  const s = await openWithCollector(h, c, PRODUCT, { html, initScript: collectEvents })
  for (const id of ['#forced', '#tried', '#real']) {
    await waitForWidget(s.page, id, { session: s })
    await clickChannel(s.page, id, 'telegram')
  }
  await poll(async () => (await pageEvents(s.page)).filter((e) => e.type === 'share_click').length === 3 || undefined)
  const events = await pageEvents(s.page)
  const byWidget = (id, type) => events.find((e) => e.type === type && e.widget === id)
  const widgets = Object.fromEntries(events.filter((e) => e.type === 'share_click').map((e) => [e.variant === 'b' ? 'forced' : e.preview ? 'tried' : 'real', e]))
  assert.equal(widgets.forced?.preview, true)
  assert.equal(widgets.tried?.preview, true)
  assert.equal(widgets.real?.preview, undefined)
  assert.equal(byWidget(widgets.forced.widget, 'widget_view')?.preview, true, 'its view too')
  await s.page.evaluate(() => window.ShareCue.flush())
  await c.waitForRows((rows) => rows.filter((r) => r.type === 'share_click').length === 3)
  const stats = await c.stats()
  assert.equal(stats.byType.share_click, 1, 'only the real widget\'s click')
  assert.equal(stats.byType.widget_view, 1)
  assert.deepEqual(stats.byVariant, {}, 'the forced variant b is in no figure')

  // A reload is a new page view: the same widget, a new view id.
  await s.page.reload()
  await waitForWidget(s.page, '#real', { session: s })
  await clickChannel(s.page, '#real', 'telegram')
  await poll(async () => (await pageEvents(s.page)).some((e) => e.type === 'share_click') || undefined)
  const again = (await pageEvents(s.page)).find((e) => e.type === 'share_click' && !e.preview)
  assert.match(again.view, /^[\w-]{21}$/)
  assert.notEqual(again.view, widgets.real.view)
  s.assertNoPageErrors()
})
