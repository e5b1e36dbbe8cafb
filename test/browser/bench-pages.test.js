// The pages of `npm run bench` (bench/pages.js), loaded once each without throttling: every
// library shows the same six channels, each sharing the same product URL to that channel's
// endpoint, so the comparison is of equal work and the pages cannot rot unnoticed.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { controls, sleep, useBrowser, WAIT } from './harness.js'
import { CHANNELS, PRODUCT, TILES, categoryPage, pagePath, productPage, tile } from '../../bench/pages.js'

const h = useBrowser()
const IDS = CHANNELS.map((c) => c.id)

/** Where each channel may share to: the peers use older hosts for some (twitter.com, telegram.me). */
const ENDPOINTS = {
  facebook: /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?/,
  x: /^https:\/\/(x|twitter)\.com\/intent\/tweet\?/,
  whatsapp: /^https:\/\/wa\.me\/\?/,
  telegram: /^https:\/\/(t|telegram)\.me\/share/,
  linkedin: /^https:\/\/www\.linkedin\.com\/(sharing\/share-offsite|shareArticle)\/?\?/,
  email: /^mailto:\?/,
}

/** The product URL an endpoint shares, without sharecue's attribution parameters. */
const sharedUrl = (endpoint) => {
  const query = endpoint.slice(endpoint.indexOf('?') + 1)
  for (const [, value] of new URLSearchParams(query)) {
    const found = /https:\/\/shop\.example\/\S*/.exec(value)
    if (!found) continue
    const url = new URL(found[0])
    for (const name of [...url.searchParams.keys()]) if (name.startsWith('utm_') || name === 'scid') url.searchParams.delete(name)
    return url.href
  }
  return null
}

const waitFor = async (check, what) => {
  const end = performance.now() + WAIT
  while (performance.now() < end) {
    const value = await check()
    if (value) return value
    await sleep(50)
  }
  throw new assert.AssertionError({ message: `timed out waiting for ${what}` })
}

/** channel → endpoint, as each library offers it on the page. */
const ENDPOINTS_OF = {
  async sharecue(s) {
    await waitFor(async () => (await controls(s.page, '[data-sharecue]'))?.length === IDS.length, 'sharecue\'s controls')
    return Object.fromEntries((await controls(s.page, '[data-sharecue]')).map((c) => [c.channel, c.href]))
  },
  async shareon(s) {
    await waitFor(() => s.page.evaluate(() => document.querySelectorAll('.shareon > a[href]').length === 6), 'shareon\'s links')
    const hrefs = await s.page.evaluate(() => [...document.querySelectorAll('.shareon > a')].map((a) => [a.className, a.getAttribute('href')]))
    return Object.fromEntries(hrefs.map(([name, href]) => [CHANNELS.find((c) => c.shareon === name)?.id ?? name, href]))
  },
  // sharer.js makes no links: a click opens a popup (recorded, and kept on this machine, by
  // the harness) or, for mailto:, hands the URL to the system, which Chromium logs.
  async sharer(s) {
    await waitFor(() => s.page.evaluate(() => typeof window.Sharer === 'function'), 'sharer.js')
    const names = await s.page.evaluate(() => [...document.querySelectorAll('[data-sharer]')].map((b) => b.getAttribute('data-sharer')))
    const opened = () => [...s.offHost.map((r) => r.url), ...s.console.map((m) => /^Launched external handler for '(.*)'\.$/.exec(m.text)?.[1]).filter(Boolean)]
    const result = {}
    for (const name of names) {
      const before = opened().length
      await s.page.click(`[data-sharer="${name}"]`)
      const url = await waitFor(() => opened()[before], `the ${name} popup`)
      result[CHANNELS.find((c) => c.sharer === name)?.id ?? name] = url
    }
    return result
  },
}

for (const library of Object.keys(ENDPOINTS_OF)) {
  test(`the product page with ${library} shares the product to the six channels' endpoints`, async () => {
    const s = await h.open(pagePath('product', library), { html: productPage(library) })
    const endpoints = await ENDPOINTS_OF[library](s)
    assert.deepEqual(Object.keys(endpoints).sort(), [...IDS].sort())
    for (const id of IDS) {
      assert.match(endpoints[id], ENDPOINTS[id], `${library} ${id}`)
      assert.equal(sharedUrl(endpoints[id]), PRODUCT.url, `${library} ${id} shares ${endpoints[id]}`)
    }
    s.assertNoPageErrors()
  })

  test(`the category page with ${library} has ${TILES} rows of six, each sharing its own product`, async () => {
    const s = await h.open(pagePath('category', library), { html: categoryPage(library) })
    const rows = () => s.page.evaluate((lib) => [...document.querySelectorAll('.tile .share')].map((row) => {
      const root = lib === 'sharecue' ? row.shadowRoot : row
      if (!root || (lib === 'sharer' && !window.Sharer)) return []
      return [...root.querySelectorAll(lib === 'sharer' ? '[data-sharer]' : 'a[href]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('data-url'))
    }), library)
    const all = await waitFor(async () => {
      // sharecue mounts rows far below the fold as they come near: scroll on as a shopper would.
      if (library === 'sharecue') await s.page.mouse.wheel(0, 2000)
      const now = await rows()
      return now.length === TILES && now.every((row) => row.length === IDS.length) && now
    }, `${TILES} rows of ${IDS.length}`)
    // The first and the last row, every channel: links (sharecue, shareon) or data-url (sharer.js).
    for (const n of [1, TILES]) {
      for (const value of all[n - 1]) {
        assert.equal(library === 'sharer' ? value : sharedUrl(value), tile(n).url, `row ${n}: ${value}`)
      }
    }
    s.assertNoPageErrors()
  })
}

// An exception thrown and caught inside sharecue is no error, but where DevTools listen (as
// Lighthouse and the bench do) each one costs tens of milliseconds at 4x CPU throttling: the
// queue-stub check `Object.getPrototypeOf(undefined)` once made the script's evaluation a long
// task of 46 to 72 ms. Loading and painting a plain page must throw nothing, caught or not.
for (const kind of ['product', 'category']) {
  test(`sharecue throws no exception, not even a caught one, while it loads and paints the ${kind} page`, async () => {
    h.server.page(pagePath(kind, 'sharecue'), kind === 'product' ? productPage('sharecue') : categoryPage('sharecue'))
    const context = await h.browser.newContext({ viewport: { width: 1024, height: 768 } })
    try {
      await context.route((url) => url.origin !== h.server.origin, (route) => route.abort('blockedbyclient'))
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      const thrown = []
      cdp.on('Debugger.paused', (event) => {
        const frame = event.callFrames[0]
        thrown.push(`${event.data?.description?.split('\n')[0] ?? event.reason} at ${frame?.url}:${frame?.location.columnNumber}`)
        cdp.send('Debugger.resume').catch(() => {})
      })
      await cdp.send('Debugger.enable')
      await cdp.send('Debugger.setPauseOnExceptions', { state: 'all' })
      await page.goto(h.url(pagePath(kind, 'sharecue')), { waitUntil: 'load' })
      await waitFor(async () => (await controls(page, '[data-sharecue]'))?.length === IDS.length, 'sharecue\'s controls')
      // The pages run no script but sharecue's: whatever is thrown is thrown by sharecue.
      assert.deepEqual(thrown, [])
    } finally {
      await context.close()
    }
  })
}
