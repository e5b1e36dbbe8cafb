// Secrets in shared links: a page without a canonical URL is shared by its own address, which
// may carry a session, an e-mail address or an access token. Shares and events never carry a
// fragment, nor a parameter whose name looks like a credential or personal data; the page's other
// parameters (?variant=) stay, and the page is told once that it lacks a canonical URL.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkHref } from './contract.js'
import { settle, useBrowser, waitForWidget } from './harness.js'
import { burst, collectEvents, openWithCollector, pageEvents, sharedUrlOf, startEventsCollector } from './pages/events-kit.js'

const h = useBrowser()
const PATH = '/inline/account/lantern.html'
const SCID = 'V1StGXR8_Z5jdHi6B-myT'

/** What the shop put in the address: a variant and a colour to keep, and what must never leave the page. */
const QUERY = `?variant=42&session=s3cr3t-sess&Email=ann%40mail.example&accessToken=t0k3n&PHONE=%2B4915100000&reset_code=c0de`
  + `&api-key=k3y&PassWord=pw0rd&utm_source=newsletter&utm_content=hero&scid=${SCID}&color=red`
const FRAGMENT = '#access_token=fr4gment&state=st4te'
const SECRETS = /s3cr3t|ann%40|ann@|t0k3n|4915100000|c0de|k3y|pw0rd|fr4gment|st4te|#/

/** A page whose only product data is its title: no canonical link, no og:url, no JSON-LD url. */
const bare = (endpoint) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Field Lantern | Shop Example</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Field Lantern","sku":"FL-1"}</script>
<script src="/dist/sharecue.js" async data-endpoint="${endpoint}"></script>
</head><body><main><h1>Field Lantern</h1>
<div id="first" data-sharecue data-channels="whatsapp,x,telegram,email"></div>
<div id="second" data-sharecue data-channels="whatsapp,facebook"></div>
</main></body></html>`

/** Every link of a widget: [channel, href]. */
const links = (page, selector) => page.evaluate((sel) => [...document.querySelector(sel).shadowRoot.querySelectorAll('a[data-channel]')]
  .map((a) => [a.dataset.channel, a.getAttribute('href')]), selector)

test('a page without a canonical URL shares its address without fragment, secrets or old attribution, and keeps ?variant=', async (t) => {
  const c = await startEventsCollector(h, t)
  const s = await openWithCollector(h, c, PATH + QUERY + FRAGMENT, { html: bare(c.endpoint), initScript: collectEvents })
  await waitForWidget(s.page, '#first', { session: s })
  await waitForWidget(s.page, '#second', { session: s })
  const product = `${h.server.origin}${PATH}?variant=42&color=red`
  for (const selector of ['#first', '#second']) {
    for (const [channel, href] of await links(s.page, selector)) {
      assert.doesNotMatch(href, SECRETS, `${selector} ${channel} carries no secret`)
      assert.deepEqual(checkHref(href, channel, { product, title: 'Field Lantern' }), [], `${selector} ${channel}`)
      if (channel !== 'email') assert.equal(new URL(sharedUrlOf(href)).searchParams.getAll('utm_content').length, 0, 'no utm_content of the visit')
    }
  }
  await burst(s.page, '#first', 'whatsapp')
  await s.page.evaluate(() => window.ShareCue.flush())
  const rows = await c.waitForRows((r) => r.some((row) => row.type === 'share_click') && r.some((row) => row.type === 'share_landing'))
  // The page's own parameters and its attribution stay in `page`: they tell the shop where the
  // visit came from. (The landing takes the scid out of the address bar, so later events lack it.)
  const page = `${h.server.origin}${PATH}?variant=42&utm_source=newsletter&utm_content=hero&color=red`
  const landed = `${h.server.origin}${PATH}?variant=42&utm_source=newsletter&utm_content=hero&scid=${SCID}&color=red`
  assert.deepEqual(rows.map((row) => [row.type, row.page, row.product_url]),
    rows.map((row) => row.type === 'share_landing' ? [row.type, landed, null] : [row.type, page, product]))
  for (const event of await pageEvents(s.page)) assert.doesNotMatch(JSON.stringify(event), SECRETS, `${event.type} carries no secret`)
  await settle(s)
  assert.deepEqual(s.codes, ['SC114'], 'one warning for the whole page: it has no canonical URL')
  assert.match(s.warnings[0], /canonical/)
  s.assertNoPageErrors()
})

test('a product URL given with a fragment (data-url, canonical link) is shared and reported without it', async (t) => {
  const c = await startEventsCollector(h, t)
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Field Lantern | Shop Example</title>
<link rel="canonical" href="https://shop.example/p/lantern?finish=brass#reviews">
<script src="/dist/sharecue.js" async data-endpoint="${c.endpoint}"></script>
</head><body><main><h1>Field Lantern</h1>
<div id="given" data-sharecue data-url="https://shop.example/p/lantern?variant=2#specs" data-channels="whatsapp,x,facebook"></div>
<div id="canonical" data-sharecue data-channels="whatsapp,x,facebook"></div>
</main></body></html>`
  const s = await openWithCollector(h, c, '/inline/lantern.html#top', { html, initScript: collectEvents })
  for (const [selector, product] of [['#given', 'https://shop.example/p/lantern?variant=2'], ['#canonical', 'https://shop.example/p/lantern?finish=brass']]) {
    await waitForWidget(s.page, selector, { session: s })
    for (const [channel, href] of await links(s.page, selector)) {
      assert.deepEqual(checkHref(href, channel, { product, title: 'Field Lantern' }), [], `${selector} ${channel}`)
      assert.doesNotMatch(sharedUrlOf(href), /#/, `${selector} ${channel} shares no fragment`)
    }
    await burst(s.page, selector, 'x')
  }
  await s.page.evaluate(() => window.ShareCue.flush())
  const rows = await c.waitForRows((r) => r.filter((row) => row.type === 'share_click').length === 2)
  assert.deepEqual(rows.filter((row) => row.type === 'share_click').map((row) => [row.product_url, row.page]).sort(), [
    ['https://shop.example/p/lantern?finish=brass', h.url('/inline/lantern.html')],
    ['https://shop.example/p/lantern?variant=2', h.url('/inline/lantern.html')],
  ])
  await settle(s)
  assert.deepEqual(s.warnings, [], 'a page with a canonical URL is not warned')
  s.assertNoPageErrors()
})

test('a page opened with a user name and password in its address (a protected preview) shares and reports no credentials, even with <base href>', async (t) => {
  const c = await startEventsCollector(h, t)
  // An app's `<base href="/">`: relative URLs resolve against it, and Chromium's baseURI keeps
  // the credentials that location.href hides.
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Field Lantern | Shop Example</title>
<base href="/inline/account/">
<link rel="canonical" href="lantern.html?variant=2">
<script src="/dist/sharecue.js" async data-endpoint="${c.endpoint}"></script>
</head><body><main><h1>Field Lantern</h1>
<div id="first" data-sharecue data-channels="whatsapp,x,telegram,email"></div>
</main></body></html>`
  const s = await openWithCollector(h, c, '/inline/blank-preview.html', { html: '<!doctype html><title>blank</title>', initScript: collectEvents })
  h.server.page(PATH, html)
  await s.page.goto(h.url(PATH).replace('://', '://ann:hunter2@'))
  await waitForWidget(s.page, '#first', { session: s })
  const product = h.url('/inline/account/lantern.html?variant=2')
  for (const [channel, href] of await links(s.page, '#first')) {
    assert.doesNotMatch(href, /\/\/ann|hunter2/, `${channel} shares no credentials`)
    assert.deepEqual(checkHref(href, channel, { product, title: 'Field Lantern | Shop Example' }), [], channel)
  }
  await burst(s.page, '#first', 'x')
  await s.page.evaluate(() => window.ShareCue.flush())
  const rows = await c.waitForRows((r) => r.some((row) => row.type === 'share_click'))
  assert.deepEqual([...new Set(rows.map((row) => row.product_url))], [product])
  for (const event of await pageEvents(s.page)) assert.doesNotMatch(JSON.stringify(event), /\/\/ann|hunter2/, `${event.type} carries no credentials`)
  s.assertNoPageErrors()
})

test('a protected preview (user:password@ in its address) with a relative data-endpoint delivers its events while the page is open', async () => {
  // fetch refuses a URL with credentials, and a relative endpoint resolved against Chromium's
  // baseURI, which keeps them, was such a URL: no event left until the page closed.
  const bodies = []
  h.server.route('POST', '/preview-events', (_req, res, body) => { bodies.push(body); res.writeHead(204).end() })
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Field Lantern | Shop Example</title>
<link rel="canonical" href="/p/field-lantern">
<script src="/dist/sharecue.js" async data-endpoint="/preview-events"></script>
</head><body><main><h1>Field Lantern</h1><div id="first" data-sharecue data-channels="x,telegram"></div></main></body></html>`
  const s = await h.open('/inline/blank-preview-events.html', { html: '<!doctype html><title>blank</title>' })
  h.server.page('/inline/preview-events.html', html)
  await s.page.goto(h.url('/inline/preview-events.html').replace('://', '://ann:hunter2@'))
  await waitForWidget(s.page, '#first', { session: s })
  await burst(s.page, '#first', 'x')
  await s.page.evaluate(() => window.ShareCue.flush())
  assert.ok(bodies.some((body) => body.includes('"share_click"')), `the click reached the endpoint: ${bodies.length} bodies`)
  s.assertNoPageErrors()
})
