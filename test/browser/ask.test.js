// "Ask my friends" in Chromium, with two browser contexts and the reference collector: the
// shopper asks through a private channel; a friend opens the link, sees the prompt and answers;
// the shopper comes back and sees the counts. One answer per browser; nothing remembered or
// shown without consent or under GPC; a forged answer is refused.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useBrowser, waitForWidget } from './harness.js'
import { collectEvents, eventsPage, openWithCollector, pageEvents, poll, startEventsCollector } from './pages/events-kit.js'
import { askPage, inWidget, openAsk, sharedOf } from './pages/ask-kit.js'

const h = useBrowser()
const PATH = '/inline/ask-product.html'

/** A friend opens `shared` in a browser of their own and answers `label`. */
const answer = async (c, shared, label) => {
  const { pathname, search } = new URL(shared)
  const friend = await openWithCollector(h, c, pathname + search, { html: askPage(c), initScript: collectEvents })
  await waitForWidget(friend.page, '#w', { session: friend })
  const prompt = inWidget(friend, '[data-part=ask-prompt]')
  await prompt.waitFor()
  assert.match(await prompt.textContent(), /Your friend wants your opinion/)
  await poll(async () => (await inWidget(friend, '[role=status]').textContent()) === 'Your friend wants your opinion' || undefined)
  assert.notEqual(await friend.page.evaluate(() => document.activeElement?.id), 'w', 'the prompt does not take the focus')
  assert.doesNotMatch(await friend.page.evaluate(() => location.search), /scask|scid/, 'the ask is taken out of the address')
  await prompt.getByRole('button', { name: label }).click()
  await inWidget(friend, '[data-part=ask-prompt]').filter({ hasText: 'Thanks!' }).waitFor()
  await friend.page.evaluate(() => window.ShareCue.flush())
  return friend
}

test('ask → a friend lands and answers → the asker comes back and sees the counts; one answer per browser', async (t) => {
  const c = await startEventsCollector(h, t)
  const asker = await openWithCollector(h, c, PATH, { html: askPage(c), initScript: collectEvents })
  await waitForWidget(asker.page, '#w', { session: asker })
  const href = await openAsk(asker)
  const shared = sharedOf(href)
  const params = new URL(shared).searchParams
  assert.equal(params.get('scask'), '1')
  assert.match(params.get('scid'), /^[\w-]{21}$/)
  assert.match(new URL(href).searchParams.get('text'), /^Should I get this\? Field Lantern/)
  assert.match(await inWidget(asker, '#sc-ask').textContent(), /Come back to this page to see what they said/)
  // The main controls keep one control per channel.
  assert.equal(await asker.page.evaluate(() => document.querySelector('#w').shadowRoot.querySelectorAll('[data-channel=whatsapp]').length), 1)

  await inWidget(asker, '[data-ask-channel=whatsapp]').click()
  await poll(async () => (await pageEvents(asker.page)).some((e) => e.type === 'share_click' && e.ask) || undefined)
  const click = (await pageEvents(asker.page)).find((e) => e.type === 'share_click')
  assert.deepEqual({ ask: click.ask, shareId: click.shareId, channel: click.channel }, { ask: true, shareId: params.get('scid'), channel: 'whatsapp' })
  await asker.page.evaluate(() => window.ShareCue.flush())
  await c.waitForRows((rows) => rows.some((r) => r.type === 'share_click' && r.ask === 1))

  // Two friends answer; the first tries again from the same link: no second prompt.
  const first = await answer(c, shared, 'Get it')
  const reply = (await pageEvents(first.page)).find((e) => e.type === 'ask_reply')
  assert.deepEqual({ shareId: reply.shareId, reply: reply.reply }, { shareId: params.get('scid'), reply: 'yes' })
  await first.page.goto(shared)
  await waitForWidget(first.page, '#w', { session: first })
  await new Promise((resolve) => setTimeout(resolve, 500))
  assert.equal(await inWidget(first, '[data-part=ask-prompt]').count(), 0, 'one answer per browser')
  await answer(c, shared, 'Not sure')
  await c.waitForRows((rows) => rows.filter((r) => r.type === 'ask_reply').length === 2)

  // The asker comes back: the counts, announced once.
  await asker.page.reload()
  await waitForWidget(asker.page, '#w', { session: asker })
  const answers = inWidget(asker, '[data-part=answers]')
  await answers.waitFor()
  assert.equal(await answers.textContent(), 'Your friends said: 1 Get it, 1 Not sure')
  await poll(async () => (await inWidget(asker, '[role=status]').textContent()).includes('Your friends said') || undefined)
  await asker.page.reload()
  await waitForWidget(asker.page, '#w', { session: asker })
  await inWidget(asker, '[data-part=answers]').waitFor()
  await new Promise((resolve) => setTimeout(resolve, 300))
  assert.equal(await inWidget(asker, '[role=status]').textContent(), '', 'nothing new: not announced again')

  const stats = await c.stats()
  assert.deepEqual({ asks: stats.asks.asks, answers: stats.asks.answers, yes: stats.asks.yes, maybe: stats.asks.maybe }, { asks: 1, answers: 2, yes: 1, maybe: 1 })
  asker.assertNoPageErrors()
})

for (const [what, scriptAttributes, initScript] of [
  ['without consent', 'data-consent="pending"', collectEvents],
  ['under Global Privacy Control', '', () => {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })
    window.__events = []
    const api = (window.ShareCue = window.ShareCue || { q: [] })
    api.q.push(['on', ['*', (event) => window.__events.push(JSON.parse(JSON.stringify(event)))]])
  }],
]) {
  test(`${what}, the ask is not remembered, the panel says answers cannot be shown, and none are`, async (t) => {
    const c = await startEventsCollector(h, t)
    const asker = await openWithCollector(h, c, PATH, { html: askPage(c, scriptAttributes), initScript })
    await waitForWidget(asker.page, '#w', { session: asker })
    await openAsk(asker)
    assert.match(await inWidget(asker, '#sc-ask').textContent(), /may not keep your ask/)
    await inWidget(asker, '[data-ask-channel=whatsapp]').click()
    await poll(async () => (await pageEvents(asker.page)).some((e) => e.type === 'share_click') || undefined)
    assert.equal(await asker.page.evaluate(() => localStorage.getItem('sharecue:asks')), null)
    await asker.page.reload()
    await waitForWidget(asker.page, '#w', { session: asker })
    await new Promise((resolve) => setTimeout(resolve, 500))
    assert.equal(await inWidget(asker, '[data-part=answers]').count(), 0)
    asker.assertNoPageErrors()
  })
}

test('a forged answer for a share id that was never asked is refused by the collector', async (t) => {
  const c = await startEventsCollector(h, t)
  const forged = 'Fo7ged_share_id_00001'
  const friend = await openWithCollector(h, c, `${PATH}?utm_source=whatsapp&scid=${forged}&scask=1`, { html: askPage(c), initScript: collectEvents })
  await waitForWidget(friend.page, '#w', { session: friend })
  await inWidget(friend, '[data-part=ask-prompt]').getByRole('button', { name: 'Skip it' }).click()
  await friend.page.evaluate(() => window.ShareCue.flush())
  await poll(() => c.posts.length > 0 || undefined)
  await new Promise((resolve) => setTimeout(resolve, 500))
  assert.equal(c.rows().filter((r) => r.type === 'ask_reply').length, 0)
  assert.equal((await c.stats()).asks.answers, 0)
})

/** Opens a page of `body` (its widget is `#w`) with the collector, once the widget is painted. */
const openBody = async (t, body) => {
  const c = await startEventsCollector(h, t)
  const s = await openWithCollector(h, c, PATH, { html: eventsPage({ endpoint: c.endpoint, widgets: [], body }), initScript: collectEvents })
  await waitForWidget(s.page, '#w', { session: s })
  return s
}

test('in German the ask speaks German: its table loads with the ask part, and its links ask in German, in every widget of the page', async (t) => {
  const widget = (id) => `<div id="${id}" class="share" data-sharecue data-locale="de" data-channels="whatsapp,copy" data-title="Feldlaterne" data-ask="true"></div>`
  const s = await openBody(t, widget('w') + widget('w2'))
  // The second widget asked for the table while the first one's load was under way.
  const second = s.page.locator('#w2').locator('[data-part=ask]')
  await second.waitFor()
  assert.equal(await second.textContent(), 'Freunde fragen')
  const button = inWidget(s, '[data-part=ask]')
  await button.waitFor()
  assert.equal(await button.textContent(), 'Freunde fragen')
  assert.equal(await button.getAttribute('aria-expanded'), 'false')
  await button.click()
  assert.equal(await button.getAttribute('aria-expanded'), 'true')
  const href = await inWidget(s, '[data-ask-channel=whatsapp]').getAttribute('href')
  assert.match(new URL(href).searchParams.get('text'), /^Soll ich das kaufen\? Feldlaterne/)
  s.assertNoPageErrors()
})

test('in Chinese the ask offers WeChat: its QR code is the ask\'s own link, scask=1 included', async (t) => {
  const s = await openBody(t, '<div id="w" class="share" data-sharecue data-locale="zh-CN" data-channels="wechat,weibo,copy" data-title="露营灯" data-ask="true"></div>')
  await s.page.addScriptTag({ path: new URL('../../node_modules/jsqr/dist/jsQR.js', import.meta.url).pathname })
  await inWidget(s, '[data-part=ask]').click()
  await inWidget(s, '[data-ask-channel=wechat]').click()
  await inWidget(s, 'dialog svg path').waitFor()
  const decoded = await s.page.evaluate(async () => {
    const svg = document.querySelector('#w').shadowRoot.querySelector('dialog svg').cloneNode(true)
    svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
    svg.setAttribute('width', '400')
    svg.setAttribute('height', '400')
    const img = new Image()
    img.src = URL.createObjectURL(new Blob([svg.outerHTML], { type: 'image/svg+xml' }))
    await img.decode()
    const canvas = new OffscreenCanvas(440, 440)
    const context = canvas.getContext('2d')
    context.fillStyle = '#fff'
    context.fillRect(0, 0, 440, 440)
    context.drawImage(img, 20, 20, 400, 400)
    return window.jsQR(context.getImageData(0, 0, 440, 440).data, 440, 440)?.data ?? null
  })
  assert.ok(decoded, 'the QR code decodes')
  const link = new URL(decoded)
  assert.equal(link.searchParams.get('scask'), '1')
  assert.equal(link.searchParams.get('utm_source'), 'wechat')
  const click = (await pageEvents(s.page)).find((e) => e.type === 'share_click' && e.channel === 'wechat')
  assert.equal(click?.ask, true)
  assert.equal(click.shareId, link.searchParams.get('scid'))
  s.assertNoPageErrors()
})

test('WeChat in the ask panel of a widget without WeChat of its own opens its dialog; Escape closes it and focus returns to it', async (t) => {
  const s = await openBody(t, '<div id="w" class="share" data-sharecue data-locale="zh-CN" data-channels="weibo,copy" data-title="露营灯" data-ask="true"></div>')
  await inWidget(s, '[data-part=ask]').click()
  await inWidget(s, '[data-ask-channel=wechat]').click()
  await inWidget(s, 'dialog[open] svg path').waitFor()
  await s.page.keyboard.press('Escape')
  await poll(() => s.page.evaluate(() => !document.querySelector('#w').shadowRoot.querySelector('dialog')) || undefined)
  assert.equal(await s.page.evaluate(() => document.querySelector('#w').shadowRoot.activeElement?.getAttribute('data-ask-channel')), 'wechat')
  s.assertNoPageErrors()
})

test('a friend who opened the ask in two tabs answers it once: the second tab thanks without sending a second answer', async (t) => {
  const c = await startEventsCollector(h, t)
  const landing = `${PATH}?utm_source=whatsapp&utm_medium=social&scid=V1StGXR8_Z5jdHi6B-myT&scask=1`
  const friend = await openWithCollector(h, c, landing, { html: askPage(c), initScript: collectEvents })
  // The chat app opened the link a second time, in another tab of the same browser.
  const second = await friend.context.newPage()
  await second.goto(h.url(landing))
  const prompts = [friend.page, second].map((p) => p.locator('#w').locator('[data-part=ask-prompt]'))
  for (const prompt of prompts) await prompt.getByRole('button', { name: 'Get it' }).waitFor()
  for (const prompt of prompts) {
    await prompt.getByRole('button', { name: 'Get it' }).click()
    await prompt.filter({ hasText: 'Thanks!' }).waitFor()
  }
  const replies = [...await pageEvents(friend.page), ...await pageEvents(second)].filter((e) => e.type === 'ask_reply')
  assert.equal(replies.length, 1)
  friend.assertNoPageErrors()
})
