// What the hostile-page tests share: a product page whose head runs first, and the walk that
// checks the widget rendered right, shares, and its event reaches the collector.
import assert from 'node:assert/strict'
import { checkHref } from '../contract.js'
import { controls, waitForWidget } from '../harness.js'
import { attr } from '../fixtures.js'
import { clickChannel, eventsPage, openWithCollector, startEventsCollector } from './events-kit.js'

export const PATH = '/inline/hostile-globals.html'
export const PRODUCT = { url: 'https://shop.example/p/field-lantern?finish=brass', title: 'Field Lantern', sku: 'FL-1' }
export const CHANNELS = ['telegram', 'x', 'whatsapp', 'email', 'copy']
export const WIDGET = { id: 'share', channels: CHANNELS, ...PRODUCT }

/**
 * Opens (with the harness `h`) a product page whose `head` runs before the widget's script, checks that the widget
 * rendered every control with contract-conform links, clicks one link and flushes, and returns
 * the session and the rows the collector stored.
 */
export const shareThrough = async (h, t, { head = '', html, initScript } = {}) => {
  const c = await startEventsCollector(h, t)
  const page = html ?? eventsPage({ endpoint: c.endpoint, widgets: [WIDGET], head })
  const s = await openWithCollector(h, c, PATH, { html: page.replace('%ENDPOINT%', attr(c.endpoint)), initScript })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.querySelector('[data-channel="telegram"] svg path[d]'))
  const list = await controls(s.page, '#share')
  assert.deepEqual(list.map((control) => `${control.channel} ${control.tag}`), CHANNELS.map((id) => `${id} ${id === 'copy' ? 'button' : 'a'}`))
  for (const control of list.filter((one) => one.tag === 'a')) {
    assert.deepEqual(checkHref(control.href, control.channel, { product: PRODUCT.url, title: PRODUCT.title }), [], `${control.channel} link`)
  }
  // No attribute from the page's environment on any element of the widget.
  const odd = await s.page.evaluate(() => [...document.getElementById('share').shadowRoot.querySelectorAll('*')]
    .flatMap((el) => [...el.attributes].map((a) => `${el.localName}[${a.name}=${a.value}]`))
    .filter((text) => /evil|javascript:/i.test(text)))
  assert.deepEqual(odd, [], 'attributes from the page leaked into the widget')
  await clickChannel(s.page, '#share', 'telegram')
  await s.page.evaluate(() => window.ShareCue.flush())
  const rows = await c.waitForRows((r) => r.some((row) => row.type === 'share_click'), { what: 'the share_click at the collector' })
  const click = rows.find((row) => row.type === 'share_click')
  assert.deepEqual({ channel: click.channel, url: click.product_url, title: click.product_title, sku: click.product_sku },
    { channel: 'telegram', url: PRODUCT.url, title: PRODUCT.title, sku: PRODUCT.sku })
  return { s, c, rows }
}


/** A classic inline script, run before the widget's. */
export const script = (source) => `<script>${source}</script>`

/** A script that sets `values` on Object.prototype, as a careless library would. */
export const pollute = (values) => script(`for (const [key, value] of Object.entries(${JSON.stringify(values)})) Object.prototype[key] = value`)
