// "Ask my friends" in Chromium: the asker opens the link of their own ask (they tap the message
// they sent, to check it). Their browser remembers the ask: it shows them what an asker sees,
// the answers, and no friend's prompt; nothing they do counts as a friend's answer.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useBrowser, waitForWidget } from './harness.js'
import { collectEvents, openWithCollector, pageEvents, poll, startEventsCollector } from './pages/events-kit.js'
import { askPage, inWidget, openAsk, sharedOf } from './pages/ask-kit.js'

const h = useBrowser()
const PATH = '/inline/ask-own-product.html'

/**
 * The shopper asks through WhatsApp, with consent (the ask is remembered), and the collector
 * records the ask. Returns the session and the ask's shared link.
 */
const ask = async (c) => {
  const asker = await openWithCollector(h, c, PATH, { html: askPage(c), initScript: collectEvents })
  await waitForWidget(asker.page, '#w', { session: asker })
  const shared = sharedOf(await openAsk(asker))
  await inWidget(asker, '[data-ask-channel=whatsapp]').click()
  await asker.page.evaluate(() => window.ShareCue.flush())
  await c.waitForRows((rows) => rows.some((r) => r.type === 'share_click' && r.ask === 1))
  return { asker, shared }
}

test('the asker who opens their own ask\'s link sees the answers, not the friend\'s prompt, and answers nothing', async (t) => {
  const c = await startEventsCollector(h, t)
  const { asker, shared } = await ask(c)
  // A friend, in a browser of their own, answers first.
  const { pathname, search } = new URL(shared)
  const friend = await openWithCollector(h, c, pathname + search, { html: askPage(c), initScript: collectEvents })
  const prompt = inWidget(friend, '[data-part=ask-prompt]')
  await prompt.getByRole('button', { name: 'Get it' }).click()
  await prompt.filter({ hasText: 'Thanks!' }).waitFor()
  await friend.page.evaluate(() => window.ShareCue.flush())
  await c.waitForRows((rows) => rows.some((r) => r.type === 'ask_reply'))

  // The asker taps the link in the message they sent.
  await asker.page.goto(shared)
  await waitForWidget(asker.page, '#w', { session: asker })
  await inWidget(asker, '[data-part=answers]').filter({ hasText: 'Your friends said: 1 Get it' }).waitFor()
  assert.equal(await inWidget(asker, '[data-part=ask-prompt]').count(), 0, 'no friend\'s prompt for the asker')
  assert.doesNotMatch(await asker.page.evaluate(() => location.search), /scask|scid/, 'the ask is taken out of the address all the same')
  await asker.page.evaluate(() => window.ShareCue.flush())
  assert.deepEqual((await pageEvents(asker.page)).filter((e) => e.type === 'ask_reply'), [])
  assert.equal((await c.stats()).asks.answers, 1, 'the friend\'s answer only')
  await poll(async () => (await inWidget(asker, '[role=status]').textContent()).includes('Your friends said') || undefined)
  asker.assertNoPageErrors()
})

test('the asker\'s own ask opened before consent is known shows the prompt; consent given before an answer, the answer is not sent', async (t) => {
  const c = await startEventsCollector(h, t)
  const { asker, shared } = await ask(c)
  // The shop's consent banner answers a moment after the page loaded: until then the browser
  // cannot read its asks, and cannot tell its asker from a friend.
  h.server.page(PATH, askPage(c, 'data-consent="pending"'))
  await asker.page.goto(shared)
  const prompt = inWidget(asker, '[data-part=ask-prompt]')
  await prompt.getByRole('button', { name: 'Get it' }).waitFor()
  await asker.page.evaluate(() => window.ShareCue.consent(true))
  // The prompt goes at the widget's next draw (the answers' arrival, an icon, a status line): an
  // answer given before it is not sent. Whichever comes first here, the outcome is the same.
  await prompt.getByRole('button', { name: 'Get it' }).click({ timeout: 1000 }).catch(() => { /* already drawn without it */ })
  await poll(async () => (await prompt.count()) === 0 || undefined, { message: 'the prompt gone' })
  await asker.page.evaluate(() => window.ShareCue.flush())
  assert.deepEqual((await pageEvents(asker.page)).filter((e) => e.type === 'ask_reply'), [])
  assert.equal(await asker.page.evaluate(() => localStorage.getItem('sharecue:replied')), null, 'not remembered as answered either')
  assert.equal((await c.stats()).asks.answers, 0)
  asker.assertNoPageErrors()
})
