// What consent changes after the fact, in Chromium against the real collector: an order reported
// before the consent banner answers is credited once it does; refusing forgets everything
// sharecue stored, and nothing of the page's own; a queue an earlier version stored is sent.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { waitForWidget, useBrowser } from './harness.js'
import { README_STUB, attr } from './fixtures.js'
import { eventsPage, hrefAndScid, openWithCollector, sharecueKeys, startEventsCollector } from './pages/events-kit.js'

const h = useBrowser()
const PRODUCT = '/inline/consent-later-product.html'
const THANKS = '/inline/consent-later-thanks.html'
const ORDER = { orderId: 'A-7001', value: 59.9, currency: 'EUR' }

/** purchase() runs through the README's queue stub, before the script has loaded. */
const STUB = README_STUB

const productHtml = (c) => eventsPage({ endpoint: c.endpoint, widgets: [{ id: 'w', channels: ['whatsapp', 'x'], title: 'Field Lantern' }] })

/**
 * The order-confirmation page of a shop whose consent banner answers late: the script starts
 * with `data-consent="pending"`, the order is reported at once, and the banner grants 1.5 s later.
 */
const thanksHtml = (c) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Thank you | Shop Example</title>
<script>${STUB}</script>
<script>ShareCue.purchase(${JSON.stringify(ORDER)}); setTimeout(() => ShareCue.consent(true), 1500)</script>
<script src="/dist/sharecue.js" async data-consent="pending" data-endpoint="${attr(c.endpoint)}"></script>
</head><body><main><h1>Thank you for your order</h1></main></body></html>`

test('an order reported before the consent banner answers is sent once it grants, credited to the share the shopper arrived through on an earlier page', async (t) => {
  assert.ok(STUB?.includes("'purchase'"), 'the README stub queues purchase()')
  const c = await startEventsCollector(h, t)
  // A friend arrives through a WhatsApp share (consent granted on the shop's product page): remembered.
  const sharer = await openWithCollector(h, c, PRODUCT, { html: productHtml(c) })
  await waitForWidget(sharer.page, '#w', { session: sharer })
  const { shared, scid } = await hrefAndScid(sharer.page, '#w', 'whatsapp')
  const { pathname, search } = new URL(shared)
  const friend = await openWithCollector(h, c, pathname + search, { html: productHtml(c) })
  await waitForWidget(friend.page, '#w', { session: friend })
  await c.waitForRows((rows) => rows.some((r) => r.type === 'share_landing'))

  // The order page: purchase() before consent, consent 1.5 s later.
  h.server.page(THANKS, thanksHtml(c))
  await friend.page.goto(h.url(THANKS))
  await c.waitForRows((rows) => rows.some((r) => r.type === 'purchase'))
  const purchase = c.rows().find((r) => r.type === 'purchase')
  assert.equal(purchase.share_id, scid, 'the order is credited to the share the friend arrived through')
  assert.equal(purchase.channel, 'whatsapp')
  assert.equal((await c.stats()).orders.byChannel.whatsapp?.orders, 1)
  friend.assertNoPageErrors()
})

test('consent(false) forgets everything sharecue stored (arrival, visitor, every endpoint\'s queue, orders) and nothing of the page\'s own', async (t) => {
  const c = await startEventsCollector(h, t, { faults: { mode: '500' } })
  const html = eventsPage({
    endpoint: c.endpoint,
    widgets: [],
    body: '<div id="w" class="share" data-sharecue data-channels="whatsapp,x" data-title="Field Lantern" data-variant-a="" data-variant-b="Big news: {title}"></div>',
  })
  // Arrived through a share, with A/B copy (a visitor id) and a collector answering 500 (a stored queue).
  const s = await openWithCollector(h, c, `${PRODUCT}?utm_source=x&scid=V1StGXR8_Z5jdHi6B-myT`, {
    html,
    initScript: () => {
      try {
        localStorage.setItem('shop:cart', '2 items')
        localStorage.setItem('sharecue:queue https://other-collector.example/events', '{"events":[],"dropped":0}')
      } catch { /* a share's popup, whose storage the browser denies */ }
    },
  })
  await waitForWidget(s.page, '#w', { session: s })
  await s.page.evaluate(() => window.ShareCue.purchase({ orderId: 'A-7002', value: 10, currency: 'EUR' }))
  await s.page.locator('#w [data-channel="x"]').click()
  await s.page.evaluate(() => window.ShareCue.flush())
  const kept = await sharecueKeys(s.page)
  for (const key of ['sharecue:parent', 'sharecue:visitor', 'sharecue:orders', `sharecue:queue ${c.endpoint}`]) {
    assert.ok(kept.includes(key), `${key} was stored before the refusal: ${kept.join(', ')}`)
  }

  await s.page.evaluate(() => window.ShareCue.consent(false))
  assert.deepEqual(await sharecueKeys(s.page), [], 'nothing of sharecue\'s is left')
  assert.equal(await s.page.evaluate(() => localStorage.getItem('shop:cart')), '2 items', 'the page\'s own key stays')
  s.assertNoPageErrors()
})

test('a queue an earlier version stored under the plain sharecue:queue key goes to this page\'s endpoint and is then gone', async (t) => {
  const c = await startEventsCollector(h, t)
  // A click an earlier page view of this shop made (the collector takes events of its shop's pages only).
  const earlier = {
    v: 1, id: 'Zr0Earlier_Version_Q1', type: 'share_click', ts: Date.now() - 60_000, page: h.url(PRODUCT),
    widget: 'w', channel: 'x', shareId: 'Zr0Earlier_Version_S1', product: { url: h.url(PRODUCT), title: 'Field Lantern' },
  }
  const s = await openWithCollector(h, c, PRODUCT, {
    html: productHtml(c),
    // Stored once, before the first page of the test: what that earlier version left behind.
    initScript: `try {
      if (!sessionStorage.getItem('seeded')) sessionStorage.setItem('seeded', '1'), localStorage.setItem('sharecue:queue', ${JSON.stringify(JSON.stringify({ events: [earlier], dropped: 0 }))})
    } catch { /* a document without storage (about:blank) */ }`,
  })
  await waitForWidget(s.page, '#w', { session: s })
  await c.waitForRows((rows) => rows.some((r) => r.id === earlier.id))
  assert.equal(c.rows().filter((r) => r.id === earlier.id).length, 1)
  assert.ok(!(await sharecueKeys(s.page)).includes('sharecue:queue'), 'the plain key is gone')
  s.assertNoPageErrors()
})
