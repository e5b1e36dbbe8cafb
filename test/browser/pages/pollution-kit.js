// What the prototype-pollution tests share (hostile-pollution-*.test.js): a page (or a library on
// it) sets Object.prototype[name] before the script loads, for every option name the README and
// the types document. Every option is read as the page's own, so each such page looks, shares and
// reports exactly as the same page unpolluted: the same markup and links, the same events to the
// same endpoint (or none), the same warnings, and no request to another host.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { settle, waitForWidget } from '../harness.js'
import { checkHref } from '../contract.js'
import { burst, collectEvents, openWithCollector, startEventsCollector } from './events-kit.js'

export const PATH = '/inline/hostile-pollution.html'
const QUIET_PATH = '/inline/hostile-pollution-quiet.html'
const PRODUCT_URL = 'https://shop.example/p/field-lantern?finish=brass'

/**
 * Every documented option name (README's tables, `MountOptions`, `GlobalOptions`, the script
 * tag's attributes as `dataset` names them, and the product fields) with a value the widget
 * would accept and show, were it read: JavaScript source, set on Object.prototype.
 */
export const HOSTILE = {
  // mount() options and target attributes
  channels: `'viber,line'`,
  url: `'https://evil.example/p'`,
  title: `'evil title'`,
  text: `'evil text'`,
  image: `'https://evil.example/photo.png'`,
  price: `'1'`,
  currency: `'JPY'`,
  originalPrice: `'999'`,
  deadline: `'2099-01-01T00:00:00Z'`,
  stock: `'1'`,
  sku: `'evil-sku'`,
  brand: `'evil brand'`,
  card: `'true'`,
  now: `'2000-01-01T00:00:00Z'`,
  stockThreshold: `'100'`,
  sold: `'666'`,
  locale: `'ru'`,
  campaign: `'evil'`,
  layout: `'pills'`,
  theme: `'dark'`,
  group: `'true'`,
  templates: `{ default: 'evil copy {url}' }`,
  variants: `{ evil: 'evil copy {url}' }`,
  variant: `'evil'`,
  mastodon: `'evil.example'`,
  facebookAppId: `'666'`,
  widgetId: `'evil'`,
  imageProxy: `'https://evil.example/proxy?url={url}'`,
  // configure() options and script-tag attributes
  endpoint: `'https://evil.example/c'`,
  consent: `'pending'`,
  dataLayer: 'true',
  datalayer: `'true'`,
  transport: 'function (events) { (window.__stolen = window.__stolen || []).push(events) }',
  batchSize: '1',
  batchWait: '0',
  // fields of the channel records, which no page supplies but a polluted prototype could lend
  // to every channel that lacks its own: a text limit, an action, a URL builder's scope
  limit: '{ max: 30, link: 23 }',
  action: `'copy'`,
  scope: `'public'`,
}

/**
 * Which file tests a name, so that each file stays within the runner's minute: the product's
 * fields, the global options, the widget's copy and ids, and its other options (every other name).
 */
const groupOf = (name) =>
  ['url', 'title', 'text', 'image', 'price', 'currency', 'originalPrice', 'deadline', 'stock', 'sku', 'brand'].includes(name) ? 'product'
    : ['endpoint', 'consent', 'dataLayer', 'datalayer', 'transport', 'batchSize', 'batchWait'].includes(name) ? 'global'
      : ['templates', 'variants', 'variant', 'mastodon', 'facebookAppId', 'widgetId', 'imageProxy'].includes(name) ? 'copy' : 'widget'

/**
 * A product page whose data is all the page's own (JSON-LD), with a bare target and a card
 * target; `head` runs before the script, which has `data-endpoint` when `endpoint` is given.
 */
const productPage = ({ head = '', endpoint }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Field Lantern | Shop Example</title>
${head}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Field Lantern","url":"${PRODUCT_URL}",
  "sku":"FL-1","image":"/test/browser/pages/img/trail-shoe.svg","offers":{"@type":"Offer","price":"39.00","priceCurrency":"EUR"}}</script>
<script src="/dist/sharecue.js" async${endpoint ? ` data-endpoint="${endpoint}"` : ''}></script>
</head><body><main><h1>Field Lantern</h1>
<div id="plain" data-sharecue></div>
<div id="card" data-sharecue data-card="true" data-channels="telegram,x"></div>
</main></body></html>`

/** Ids that are random on every load, made comparable. */
const normal = (text) => String(text ?? '').replace(/(scid(=|%3D))[\w-]{21}/g, '$1ID').replace(/^[\w-]{21}$/, 'ID')

/**
 * What a page shows, shares and reports: both widgets' markup, every link, the events its
 * subscribers see and its endpoint stores, the warnings, the chunks it loaded, and whatever a
 * polluted transport or dataLayer received.
 */
const observe = async (s, c) => {
  await waitForWidget(s.page, '#plain', { session: s })
  await waitForWidget(s.page, '#card', { session: s })
  await s.page.waitForFunction(() => !!document.querySelector('#card').shadowRoot.querySelector('[data-part="card"]'))
  await settle(s)
  await burst(s.page, '#plain', 'x')
  await s.page.evaluate(() => window.ShareCue.flush())
  if (c) await c.waitForRows((rows) => rows.some((row) => row.type === 'share_click'))
  // A moment for anything the share set off (a request, a warning) to show.
  await s.page.waitForTimeout(200)
  const seen = await s.page.evaluate(() => ({
    markup: ['plain', 'card'].map((id) => document.getElementById(id).shadowRoot.innerHTML),
    hrefs: [...document.querySelectorAll('[data-sharecue]')].flatMap((el) => [...el.shadowRoot.querySelectorAll('a[data-channel]')].map((a) => [a.dataset.channel, a.getAttribute('href')])),
    // As JSON, own properties only: on this page, reading a field an event lacks finds the pollution.
    events: window.__events.map((e) => JSON.stringify(e)),
    stolen: (window.__stolen ?? []).length,
    dataLayer: Object.prototype.hasOwnProperty.call(window, 'dataLayer'),
  }))
  for (const [channel, href] of seen.hrefs) {
    assert.deepEqual(checkHref(href, channel, { product: PRODUCT_URL, title: 'Field Lantern' }), [], `${channel} link`)
  }
  return {
    markup: seen.markup.map(normal),
    events: seen.events.map((json) => JSON.parse(json)).map((e) => [e.type, e.channel, e.page, normal(e.widget), e.variant, JSON.stringify(e.product)]),
    stored: (c?.rows() ?? []).map((row) => [row.type, row.channel, row.page, normal(row.widget), row.variant, row.product_url, row.product_title, row.product_sku]),
    warnings: s.warnings,
    chunks: [...new Set(s.requests.map((r) => r.url).filter((url) => url.includes('/dist/')))].sort(),
    stolen: seen.stolen,
    dataLayer: seen.dataLayer,
    offHost: s.offHost.map((r) => `${r.resourceType} ${r.url}`),
    errors: s.errors.map(String),
  }
}

/** Opens the page (polluted by `head`) with an endpoint, or without one, and observes it. */
const visit = async (h, t, { head, endpoint }) => {
  if (!endpoint) {
    // Another path than the page with an endpoint, which is open at the same time.
    const s = await h.open(QUIET_PATH, { html: productPage({ head }), initScript: collectEvents })
    const seen = await observe(s)
    assert.deepEqual(h.server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`), [], 'no network without an endpoint')
    return seen
  }
  const c = await startEventsCollector(h, t)
  const s = await openWithCollector(h, c, PATH, { html: productPage({ head, endpoint: c.endpoint }), initScript: collectEvents })
  return observe(s, c)
}

/**
 * Registers, with the harness `h`, a baseline test and one test per name of `group`: the page
 * polluted with that name, opened with and without data-endpoint side by side, looks, shares
 * and reports as the baseline did.
 */
export const pollutionTests = (h, group) => {
  const names = Object.keys(HOSTILE).filter((name) => groupOf(name) === group)
  let clean
  test('the unpolluted page, with and without data-endpoint: the baseline', async (t) => {
    clean = await Promise.all([true, false].map((endpoint) => visit(h, t, { endpoint })))
    for (const seen of clean) assert.deepEqual([seen.offHost, seen.errors, seen.warnings], [[], [], []])
  })
  for (const name of names) {
    const value = HOSTILE[name]
    test(`Object.prototype.${name} = ${value.slice(0, 40)} changes nothing, with or without data-endpoint`, async (t) => {
      assert.ok(clean, 'the baseline ran')
      const head = `<script>Object.prototype[${JSON.stringify(name)}] = ${value}</script>`
      const seen = await Promise.all([true, false].map((endpoint) => visit(h, t, { head, endpoint })))
      assert.deepEqual(seen[0], clean[0], 'with data-endpoint')
      assert.deepEqual(seen[1], clean[1], 'without data-endpoint')
    })
  }
}
