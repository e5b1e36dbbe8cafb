// A/B copy variants: each visitor is dealt one variant from a random id kept in localStorage
// (with consent), sees that variant's copy, and every event says which; /stats counts them.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useBrowser, waitForWidget } from './harness.js'
import { clickChannel, collectEvents, eventsPage, openWithCollector, pageEvents, startEventsCollector } from './pages/events-kit.js'

const h = useBrowser()
const PATH = '/inline/events-variant.html'
const B_COPY = 'Big news: Field Lantern'

const page = (c) => eventsPage({
  endpoint: c.endpoint,
  widgets: [],
  body: `<div id="w" class="share" data-sharecue data-channels="telegram,x" data-title="Field Lantern"
              data-variant-a="" data-variant-b="Big news: {title}"></div>`,
})

/**
 * The assignment rule as README states it, written out here on its own: FNV-1a (32 bit) over
 * "<visitor id>|<sorted names joined by commas>", modulo the number of variants.
 */
const expected = (visitor, names) => {
  const sorted = [...names].sort()
  let hash = 0x811c9dc5
  for (const char of `${visitor}|${sorted.join(',')}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193)
  return sorted[(hash >>> 0) % sorted.length]
}

/** Two visitor ids that the rule deals to different variants. */
const visitors = () => {
  const ids = {}
  for (let i = 0; !ids.a || !ids.b; i++) {
    const id = `visitor${i}`.padEnd(21, '_')
    ids[expected(id, ['a', 'b'])] ??= id
  }
  return ids
}

/** A visitor whose stored id is `id` (set before the script runs). */
const visit = async (c, id) => {
  const s = await openWithCollector(h, c, PATH, {
    html: page(c),
    initScript: collectEvents,
  })
  // The first load stored a random id of its own; give this visitor the chosen one and reload.
  await s.page.evaluate((visitor) => localStorage.setItem('sharecue:visitor', visitor), id)
  await s.page.reload()
  await waitForWidget(s.page, '#w', { session: s })
  return s
}

const telegramText = (s) => s.page.evaluate(() =>
  new URL(document.querySelector('#w').shadowRoot.querySelector('[data-channel="telegram"]').href).searchParams.get('text'))

test('each visitor sees the variant their stored id deals, keeps it on reload, and every event and /stats say which', async (t) => {
  const c = await startEventsCollector(h, t)
  const ids = visitors()
  for (const variant of ['a', 'b']) {
    const s = await visit(c, ids[variant])
    const text = await telegramText(s)
    if (variant === 'b') assert.equal(text, B_COPY)
    else assert.ok(!text.includes('Big news'), `the control keeps the widget's own copy, got ${text}`)
    await s.page.reload()
    await waitForWidget(s.page, '#w', { session: s })
    assert.equal(await telegramText(s), text, 'the same variant after a reload')
    await clickChannel(s.page, '#w', 'telegram')
    const events = await pageEvents(s.page)
    assert.ok(events.some((e) => e.type === 'share_click'))
    for (const event of events.filter((e) => e.type !== 'share_landing')) assert.equal(event.variant, variant, `${event.type} carries the variant`)
    await s.page.evaluate(() => window.ShareCue.flush())
    // Refusing consent forgets the stored visitor id.
    await s.page.evaluate(() => window.ShareCue.consent(false))
    assert.equal(await s.page.evaluate(() => localStorage.getItem('sharecue:visitor')), null)
  }
  await c.waitForRows((rows) => rows.filter((r) => r.type === 'share_click').length === 2)
  const stats = await c.stats()
  assert.equal(stats.byVariant.a.share_click, 1)
  assert.equal(stats.byVariant.b.share_click, 1)
  assert.equal(stats.byVariantChannel.b.telegram.share_click, 1)
  assert.ok(stats.viewsByVariant.a >= 1 && stats.viewsByVariant.b >= 1, JSON.stringify(stats.viewsByVariant))
})

test('without consent nothing is stored, and the page view keeps one variant for all its widgets', async (t) => {
  const c = await startEventsCollector(h, t)
  const s = await openWithCollector(h, c, PATH, {
    html: eventsPage({
      endpoint: c.endpoint,
      widgets: [],
      scriptAttributes: 'data-consent="pending"',
      body: ['w1', 'w2', 'w3'].map((id) => `<div id="${id}" class="share" data-sharecue data-channels="telegram"
        data-variant-a="" data-variant-b="Big news: {title}" data-variant-c="Look: {title}"></div>`).join(''),
    }),
    initScript: collectEvents,
  })
  for (const id of ['#w1', '#w2', '#w3']) await waitForWidget(s.page, id, { session: s })
  for (const id of ['#w1', '#w2', '#w3']) await clickChannel(s.page, id, 'telegram')
  const clicks = (await pageEvents(s.page)).filter((e) => e.type === 'share_click')
  assert.equal(clicks.length, 3)
  assert.equal(new Set(clicks.map((e) => e.variant)).size, 1, JSON.stringify(clicks.map((e) => e.variant)))
  assert.deepEqual(await s.page.evaluate(() => Object.keys(localStorage)), [])
  // Consent given later keeps this page view's id, so the visitor keeps the variant they saw.
  await s.page.evaluate(() => window.ShareCue.consent(true))
  const stored = await s.page.evaluate(() => localStorage.getItem('sharecue:visitor'))
  assert.match(stored ?? '', /^[\w-]{21}$/)
  assert.equal(expected(stored, ['a', 'b', 'c']), clicks[0].variant)
})
