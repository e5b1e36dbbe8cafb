// Re-shares (contract §6): a visitor who arrived through a shared link and shares the product
// again passes on a link of their own, whatever address the page names for its product. Nothing
// of the arrival goes with it, and nothing of the visitor's own.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { sleep, useBrowser, waitForWidget } from './harness.js'
import { eventsPage, hrefAndScid, openWithCollector, startEventsCollector } from './pages/events-kit.js'

const h = useBrowser()
const PATH = '/inline/reshare/lantern.html'
const SCID = 'V1StGXR8_Z5jdHi6B-myT'

test('a friend who arrived through an ask and shares again on a page whose og:url echoes its address passes on no ask', async (t) => {
  const c = await startEventsCollector(h, t)
  const arrival = `${PATH}?color=red&utm_source=whatsapp&utm_medium=social&utm_campaign=sharecue&scid=${SCID}&scask=1`
  // Some shops write the requested address into og:url, query and all.
  const html = eventsPage({ endpoint: c.endpoint, head: `<meta property="og:url" content="${h.url(arrival).replace(/&/g, '&amp;')}">`, widgets: [{ id: 'w', channels: ['telegram', 'x'], title: 'Field Lantern' }] })
  const friend = await openWithCollector(h, c, arrival, { html })
  await waitForWidget(friend.page, '#w', { session: friend })
  await friend.page.locator('#w [data-part=ask-prompt]').waitFor()
  const { shared } = await hrefAndScid(friend.page, '#w', 'telegram')
  const params = new URL(shared).searchParams
  assert.notEqual(params.get('scid'), SCID, 'a share id of the friend\'s own')
  assert.equal(params.get('scask'), null, 'a plain share is not an ask')

  // The friend's friend opens that link: no prompt asks an opinion nobody asked for.
  const { pathname, search } = new URL(shared)
  const next = await openWithCollector(h, c, pathname + search, { html })
  await waitForWidget(next.page, '#w', { session: next })
  await sleep(500)
  assert.equal(await next.page.locator('#w [data-part=ask-prompt]').count(), 0)
  friend.assertNoPageErrors()
  next.assertNoPageErrors()
})
