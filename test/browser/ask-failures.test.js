// "Ask my friends" when something fails, in Chromium with the reference collector: friends have
// answered, but GET /replies answers 5xx or never answers (10 s, then given up, no retry), and
// the asker's widget shows no counts, announces nothing, reads /replies once per page view and
// keeps its links and its ask panel; the ask code (sc-ask.js) that cannot load is tried 3 times,
// warned about once, and leaves the widget's links working; a language's ask table is loaded the
// same way: English meanwhile and where it never comes, its language where a retry brings it.
// The page never throws.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { anyTry, controls, sleep, useBrowser, waitForWidget } from './harness.js'
import { collectEvents, eventsPage, openWithCollector, pageEvents, poll, startEventsCollector } from './pages/events-kit.js'
import { askPage as page, inWidget } from './pages/ask-kit.js'

const h = useBrowser()
const PATH = '/inline/ask-failures.html'
const BLANK = '/inline/ask-failures-blank.html'

/** The requests (of a session's `requests`) whose path ends with `end`: { url, time, … }. */
const requestsTo = (requests, end) => requests.filter((r) => new URL(r.url).pathname.endsWith(end))

/** What the widget's live region says. */
const said = (s) => inWidget(s, '[role=status]').textContent()

/**
 * Opens `PATH` with `html` in a fresh context that reaches the collector; `before(s)` runs
 * first (routes in place before the product page asks for anything).
 */
const openAt = async (c, html, before = async () => {}) => {
  const s = await openWithCollector(h, c, BLANK, { html: '<!doctype html><title>blank</title>', initScript: collectEvents })
  await before(s)
  h.server.page(PATH, html)
  await s.page.goto(h.url(PATH))
  await waitForWidget(s.page, '#w', { session: s })
  return s
}

/**
 * The loop up to the asker's return: the asker asks through WhatsApp, a friend opens the link
 * in a browser of their own and answers "Get it"; the collector holds the ask and the answer.
 */
const askAndAnswer = async (t) => {
  const c = await startEventsCollector(h, t)
  const asker = await openAt(c, page(c))
  await inWidget(asker, '[data-part=ask]').click()
  const link = inWidget(asker, '[data-ask-channel=whatsapp]')
  const shared = /https?:\/\/\S+$/.exec(new URL(await link.getAttribute('href')).searchParams.get('text'))[0]
  await link.click()
  await poll(async () => (await pageEvents(asker.page)).some((e) => e.type === 'share_click' && e.ask) || undefined)
  await asker.page.evaluate(() => window.ShareCue.flush())
  await c.waitForRows((rows) => rows.some((r) => r.type === 'share_click' && r.ask === 1))

  const { pathname, search } = new URL(shared)
  const friend = await openWithCollector(h, c, pathname + search, { html: page(c), initScript: collectEvents })
  await waitForWidget(friend.page, '#w', { session: friend })
  await inWidget(friend, '[data-part=ask-prompt]').getByRole('button', { name: 'Get it' }).click()
  await friend.page.evaluate(() => window.ShareCue.flush())
  await c.waitForRows((rows) => rows.some((r) => r.type === 'ask_reply'))
  await friend.context.close()
  return { c, asker, shareId: new URL(shared).searchParams.get('scid') }
}

/** The asker's widget works: its links, and an ask panel with links that ask (`scask=1`). */
const assertStillWorks = async (s, shareId) => {
  const list = await controls(s.page, '#w')
  assert.deepEqual(list.map((c) => c.channel), ['whatsapp', 'x', 'copy'])
  assert.match(list[1].href ?? '', /^https:\/\/x\.com\/intent\/tweet\?/)
  await inWidget(s, '[data-channel=x]').click()
  await poll(async () => (await pageEvents(s.page)).some((e) => e.type === 'share_click' && !e.ask && e.channel === 'x') || undefined, { message: 'a share_click for X' })
  const button = inWidget(s, '[data-part=ask]')
  if (await button.getAttribute('aria-expanded') !== 'true') await button.click()
  const href = await inWidget(s, '[data-ask-channel=whatsapp]').getAttribute('href')
  const shared = new URL(/https?:\/\/\S+$/.exec(new URL(href).searchParams.get('text'))[0])
  assert.equal(shared.searchParams.get('scask'), '1')
  assert.notEqual(shared.searchParams.get('scid'), shareId, 'a new ask gets a share id of its own')
}

/** No counts in the widget, and nothing said about answers. */
const assertNoAnswers = async (s) => {
  assert.equal(await inWidget(s, '[data-part=answers]').count(), 0, 'no counts are shown')
  assert.doesNotMatch(await said(s), /friends said/i, 'no answers are announced')
}

test('GET /replies answering 503 (with answers in its body): no counts, nothing announced, one request per page view; the next good answer is shown and announced', async (t) => {
  const { c, asker, shareId } = await askAndAnswer(t)
  // A failing proxy in front of the collector: the collector's real answer, with a 503 status.
  const failing = []
  const isReplies = (url) => url.origin === c.origin && url.pathname === '/replies'
  await asker.context.route(isReplies, async (route) => {
    const response = await route.fetch()
    failing.push(await response.text())
    await route.fulfill({ response, status: 503 })
  })
  const start = asker.requests.length
  await asker.page.reload()
  await waitForWidget(asker.page, '#w', { session: asker })
  await poll(() => failing.length > 0 || undefined, { message: 'a GET /replies' })
  assert.match(failing[0], new RegExp(`"${shareId}":\\{"yes":1`), 'the body holds the answer: only the status says no')
  await sleep(500)
  await assertNoAnswers(asker)
  // The panel, links, clicks: the widget draws again and again, and reads no more.
  await assertStillWorks(asker, shareId)
  await sleep(1000)
  await assertNoAnswers(asker)
  const reads = requestsTo(asker.requests.slice(start), '/replies')
  assert.equal(reads.length, 1, `GET /replies once in the page view, however often the widget drew: ${reads.length}`)
  assert.ok(!JSON.parse(await asker.page.evaluate(() => localStorage.getItem('sharecue:asks'))).some((a) => a.s), 'a failed read marks no answer seen')
  asker.assertNoPageErrors()

  // The collector answers again: the same answer is shown, and announced, since it was never seen.
  await asker.context.unroute(isReplies)
  await asker.page.reload()
  await waitForWidget(asker.page, '#w', { session: asker })
  const answers = inWidget(asker, '[data-part=answers]')
  await answers.waitFor()
  assert.equal(await answers.textContent(), 'Your friends said: 1 Get it')
  await poll(async () => (await said(asker)).includes('Your friends said') || undefined, { message: 'the answers announced' })
  asker.assertNoPageErrors()
})

test('GET /replies that never answers is given up after 10 s, once, without a retry: no counts, nothing announced, the widget works meanwhile', async (t) => {
  const { c, asker, shareId } = await askAndAnswer(t)
  // A stalled collector: /replies requests are held and never answered.
  await asker.context.route((url) => url.origin === c.origin && url.pathname === '/replies', () => { /* no answer */ })
  const failed = []
  asker.context.on('requestfailed', (request) => {
    if (new URL(request.url()).pathname === '/replies') failed.push({ at: performance.now(), error: request.failure()?.errorText })
  })
  const start = asker.requests.length
  await asker.page.reload()
  await waitForWidget(asker.page, '#w', { session: asker })
  const reads = () => requestsTo(asker.requests.slice(start), '/replies')
  await poll(() => reads().length > 0 || undefined, { message: 'a GET /replies' })
  const askedAt = reads()[0].time

  // While it hangs: the links and the ask panel work.
  await assertStillWorks(asker, shareId)
  await assertNoAnswers(asker)

  // Given up at its 10 s time-out, not before, not much after.
  await poll(() => failed.length > 0 || undefined, { timeout: 14_000, message: 'the /replies request aborted' })
  const after = failed[0].at - askedAt
  assert.ok(after >= 9500 && after < 12_000, `aborted ${Math.round(after)} ms after it was sent`)
  await sleep(1500)
  assert.equal(reads().length, 1, `no retry: ${reads().length} GET /replies`)
  await assertNoAnswers(asker)
  asker.assertNoPageErrors()
})

test('sc-ask.js answering 404: tried 3 times (1 s, then 4 s apart), SC305 once; the widget paints without the ask and its links work', async (t) => {
  const c = await startEventsCollector(h, t)
  const s = await openAt(c, page(c), (s) => s.context.route(anyTry('/dist/sc-ask.js'), (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' })))
  const tries = () => requestsTo(s.requests, '/dist/sc-ask.js')
  await poll(() => tries().length > 0 || undefined, { message: 'a request for sc-ask.js' })

  const list = await controls(s.page, '#w')
  assert.deepEqual(list.map((c) => c.channel), ['whatsapp', 'x', 'copy'])
  assert.match(new URL(list[0].href).searchParams.get('text') ?? '', /^Field Lantern/)
  await inWidget(s, '[data-channel=x]').click()
  await poll(async () => (await pageEvents(s.page)).some((e) => e.type === 'share_click' && e.channel === 'x') || undefined)
  await s.page.evaluate(() => window.ShareCue.flush())
  await c.waitForRows((rows) => rows.some((r) => r.type === 'share_click' && r.channel === 'x'))

  await poll(() => tries().length >= 3 || undefined, { timeout: 8000, message: () => `3 tries of sc-ask.js, not ${tries().length}` })
  await poll(() => s.warnings.some((text) => text.startsWith('[sharecue] SC305')) || undefined, { message: 'SC305' })
  await sleep(2000) // no 4th try
  const times = tries().map((r) => r.time)
  assert.equal(times.length, 3, `sc-ask.js requested ${times.length} times`)
  assert.ok(times[1] - times[0] >= 800 && times[2] - times[1] >= 3000, `gaps grow: ${Math.round(times[1] - times[0])} ms, ${Math.round(times[2] - times[1])} ms`)
  const given = s.warnings.filter((text) => text.startsWith('[sharecue] SC305'))
  assert.equal(given.length, 1, `one SC305: ${given.join(' | ')}`)
  assert.match(given[0], /\bask\b/, 'it names the part')
  assert.equal(await inWidget(s, '[data-part=ask]').count(), 0, 'no ask button without its code')
  assert.equal((await controls(s.page, '#w')).length, 3)
  s.assertNoPageErrors()
})

/** A German asker's page, its ask table (sc-ask-de.js) answered by `answer(route, n)` (n: 1 for the first request). */
const german = async (t, answer) => {
  const c = await startEventsCollector(h, t)
  const html = eventsPage({
    endpoint: c.endpoint,
    widgets: [],
    body: '<div id="w" class="share" data-sharecue data-locale="de" data-channels="whatsapp,copy" data-title="Feldlaterne" data-ask="true"></div>',
  })
  let n = 0
  return openAt(c, html, (s) => s.context.route(anyTry('/dist/sc-ask-de.js'), (route) => answer(route, ++n)))
}

/** The text of the ask panel's WhatsApp link (the question it sends). */
const askText = async (s) => new URL(await inWidget(s, '[data-ask-channel=whatsapp]').getAttribute('href')).searchParams.get('text')

test('the German ask table answering 404: the ask speaks English, the rest of the widget German; tried 3 times, SC305 once', async (t) => {
  const s = await german(t, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' }))
  const button = inWidget(s, '[data-part=ask]')
  await button.waitFor()
  assert.equal(await button.textContent(), 'Ask my friends')
  await button.click()
  assert.match(await askText(s), /^Should I get this\? Feldlaterne/)
  assert.match((await controls(s.page, '#w'))[0].name, /Über WhatsApp teilen/, 'the widget itself speaks German')

  const tries = () => requestsTo(s.requests, '/dist/sc-ask-de.js').map((r) => r.time)
  await poll(() => s.warnings.some((text) => text.startsWith('[sharecue] SC305')) || undefined, { message: () => `SC305; warnings: ${s.warnings.join(' | ') || 'none'}; sc-ask-de.js requested ${tries().length} times` })
  await sleep(1000)
  const given = s.warnings.filter((text) => text.startsWith('[sharecue] SC305'))
  assert.equal(given.length, 1, `one SC305: ${given.join(' | ')}`)
  assert.match(given[0], /\bask de\b/, 'it names the table')
  const times = tries()
  assert.equal(times.length, 3, `sc-ask-de.js requested ${times.length} times`)
  assert.ok(times[1] - times[0] >= 800 && times[2] - times[1] >= 3000, `gaps grow: ${Math.round(times[1] - times[0])} ms, ${Math.round(times[2] - times[1])} ms`)
  assert.equal(await button.textContent(), 'Ask my friends')
  assert.match(await askText(s), /^Should I get this\? Feldlaterne/)
  s.assertNoPageErrors()
})

/**
 * A German ask widget whose table fails once (503) and whose retry waits for `release()`, so a
 * slow machine cannot race the test's look at the English ask; `arrived()` waits for German.
 */
const germanOnRetry = async (t) => {
  let release
  const held = new Promise((done) => { release = done })
  const s = await german(t, async (route, n) => {
    if (n === 1) return route.fulfill({ status: 503, contentType: 'text/plain', body: 'busy' })
    await held
    return route.continue()
  })
  const button = inWidget(s, '[data-part=ask]')
  await button.waitFor()
  const arrived = () => s.page.waitForFunction(() => document.querySelector('#w').shadowRoot.querySelector('[data-part=ask]')?.textContent === 'Freunde fragen', null, { timeout: 4000 })
  return { s, button, release, arrived }
}

test('the German ask table failing once: English meanwhile, German once the retry brings it, no warning', async (t) => {
  const { s, button, release, arrived } = await germanOnRetry(t)
  assert.equal(await button.textContent(), 'Ask my friends', 'English while the retry is due')
  release()
  await arrived()
  await button.click()
  assert.match(await askText(s), /^Soll ich das kaufen\? Feldlaterne/)
  assert.equal(requestsTo(s.requests, '/dist/sc-ask-de.js').length, 2)
  assert.deepEqual(s.codes.filter((code) => code === 'SC305'), [])
  s.assertNoPageErrors()
})

test('the German ask table arriving while the panel is open in English: its links take the German question', async (t) => {
  const { s, button, release, arrived } = await germanOnRetry(t)
  await button.click()
  assert.match(await askText(s), /^Should I get this\? Feldlaterne/, 'English while the retry is due')
  release()
  await arrived()
  assert.match(await askText(s), /^Soll ich das kaufen\? Feldlaterne/, 'the open panel\'s links were built anew')
  s.assertNoPageErrors()
})
