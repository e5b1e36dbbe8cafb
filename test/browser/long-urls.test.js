// A page address over 2048 characters (filters, a long campaign query) on a page that names no
// canonical URL: its shares are still links a chat app takes, and its events are still counted
// by a collector that takes URLs of at most 2048 characters (contract §7, the reference collector).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useBrowser, waitForWidget } from './harness.js'
import { burst, diagnose, eventsPage, hrefAndScid, openWithCollector, startEventsCollector } from './pages/events-kit.js'

const h = useBrowser()
const PATH = '/inline/long/lantern.html'

test('a page address over 2048 characters is shared without its query, and its events are stored', async (t) => {
  const c = await startEventsCollector(h, t)
  const html = eventsPage({ endpoint: c.endpoint, widgets: [{ id: 'w', channels: ['telegram', 'x'], title: 'Field Lantern' }] })
  const s = await openWithCollector(h, c, `${PATH}?color=red&filters=${'size-42,'.repeat(260)}`, { html })
  await waitForWidget(s.page, '#w', { session: s })
  const { shared, scid } = await hrefAndScid(s.page, '#w', 'telegram')
  const product = h.url(PATH)
  assert.ok(shared.length <= 2048, `a shared link of ${shared.length} characters`)
  assert.equal(shared, `${product}?utm_source=telegram&utm_medium=social&utm_campaign=sharecue&scid=${scid}`)
  await burst(s.page, '#w', 'telegram')
  await s.page.evaluate(() => window.ShareCue.flush())
  const rows = await c.waitForRows((r) => r.some((row) => row.type === 'share_click'), { what: async () => `the share_click stored; ${await diagnose(s)}` })
  assert.deepEqual(rows.find((row) => row.type === 'share_click').product_url, product)
  s.assertNoPageErrors()
})
