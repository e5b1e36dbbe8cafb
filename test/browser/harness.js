/**
 * Real-browser harness: one headless Chromium per test file, a fresh context and page per test,
 * and a local static server (./server.js) for the repository.
 *
 *   import { test } from 'node:test'
 *   import { useBrowser, waitForWidget, controls } from './harness.js'
 *   const h = useBrowser()                       // registers before/afterEach/after hooks
 *   test('…', async () => {
 *     const s = await h.open('/test/browser/pages/json-ld.html')
 *     await waitForWidget(s.page, '[data-sharecue]')
 *     s.assertNoPageErrors()
 *   })
 *
 * Every request the page (or a popup it opens) makes goes through `context.route('**\/*')`:
 * requests to the local server continue, anything else is recorded in `s.offHost` and aborted,
 * so nothing leaves this machine and a test can assert that nothing tried to.
 */
import { after, afterEach, before } from 'node:test'
import assert from 'node:assert/strict'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { findChromium } from '../../scripts/find-chromium.js'
import { ROOT, startServer } from './server.js'

/** Milliseconds any single wait may take. */
export const WAIT = 5000

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Starts headless Chromium (path from $CHROMIUM_PATH, set by run.js, or find-chromium). */
export const launchBrowser = async () => {
  const executablePath = findChromium()
  return chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS, timeout: 20_000 })
}

/** Relative file size on disk, or -1 when missing (used in failure messages). */
const sizeOnDisk = (relative) => {
  try {
    return statSync(join(ROOT, relative)).size
  } catch {
    return -1
  }
}

/**
 * Registers the file's hooks and returns a handle: `h.server` (see server.js), `h.browser`,
 * `h.open(path, options)` for a new context+page, `h.url(path)`.
 * Contexts opened during a test are closed after it.
 */
export const useBrowser = () => {
  /** @type {{ server: Awaited<ReturnType<typeof startServer>>, browser: import('playwright-core').Browser, open: typeof open, url: (path: string) => string }} */
  const h = /** @type {any} */ ({})
  const contexts = new Set()

  before(async () => {
    h.server = await startServer()
    h.browser = await launchBrowser()
  })
  afterEach(async () => {
    await Promise.all([...contexts].map((context) => context.close().catch(() => {})))
    contexts.clear()
  })
  after(async () => {
    await h.browser?.close().catch(() => {})
    await h.server?.close()
  })

  h.url = (path) => h.server.url + path

  /**
   * Opens `path` (served by the local server) in a fresh context.
   * options:
   *  - html: serve this HTML string at `path` first (inline pages)
   *  - permissions: e.g. ['clipboard-read', 'clipboard-write'], granted for the server's origin
   *  - initScript: a function or string run in every document before its scripts
   *  - waitUntil: 'load' (default), 'domcontentloaded', 'networkidle' or 'commit'
   *  - contextOptions: passed to browser.newContext
   *  - clearServerLog: empty h.server.requests first (default true)
   */
  const open = async (path, options = {}) => {
    const { html, permissions, initScript, waitUntil = 'load', contextOptions = {}, clearServerLog = true } = options
    if (html !== undefined) h.server.page(path, html)
    if (clearServerLog) h.server.clear()

    const context = await h.browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'en-US', ...contextOptions })
    contexts.add(context)
    context.setDefaultTimeout(WAIT)
    context.setDefaultNavigationTimeout(WAIT)
    if (permissions) await context.grantPermissions(permissions, { origin: h.server.origin })
    if (initScript) await context.addInitScript(initScript)

    const session = {
      context,
      /** @type {import('playwright-core').Page} */
      page: /** @type {any} */ (null),
      server: h.server,
      /** every request any page of this context made: { url, method, resourceType, time } */
      requests: [],
      /** requests to any other origin than the local server: recorded, then aborted */
      offHost: [],
      /** every console message: { type, text } */
      console: [],
      /** uncaught exceptions and unhandled rejections (`pageerror`) */
      errors: [],
      /** alert/confirm/prompt/beforeunload dialogs (dismissed) */
      dialogs: [],
      /** popups opened by the page */
      popups: [],
      /** requests started and not yet finished or failed; time of the last change */
      inflight: 0,
      lastActivity: performance.now(),
      /** console.warn lines starting `[sharecue] SC` */
      get warnings() {
        return this.console.filter((m) => m.type === 'warning' && m.text.startsWith('[sharecue] SC')).map((m) => m.text)
      },
      /** the SC codes of `warnings`, e.g. ['SC101', 'SC103'] */
      get codes() {
        return this.warnings.map((text) => /^\[sharecue\] (SC\d+)/.exec(text)?.[1] ?? text)
      },
      assertNoPageErrors() {
        assert.deepEqual(this.errors.map((e) => String(e?.stack ?? e)), [], 'the page threw (pageerror)')
      },
      assertNothingLeftLocalhost() {
        assert.deepEqual(this.offHost.map((r) => `${r.method} ${r.url} (${r.resourceType})`), [],
          'requests to hosts other than the local test server')
      },
    }

    await context.route('**/*', (route) => {
      const request = route.request()
      let origin = ''
      try { origin = new URL(request.url()).origin } catch { /* unparsable: treat as off-host */ }
      if (origin === h.server.origin) return route.continue().catch(() => {})
      session.offHost.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), time: performance.now() })
      return route.abort('blockedbyclient').catch(() => {})
    })
    context.on('request', (request) => {
      session.inflight++
      session.lastActivity = performance.now()
      session.requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), time: performance.now() })
    })
    const done = () => { session.inflight--; session.lastActivity = performance.now() }
    context.on('requestfinished', done)
    context.on('requestfailed', done)

    const watch = (page) => {
      page.on('console', (message) => session.console.push({ type: message.type(), text: message.text() }))
      page.on('pageerror', (error) => session.errors.push(error))
      page.on('dialog', (dialog) => {
        session.dialogs.push({ type: dialog.type(), message: dialog.message() })
        dialog.dismiss().catch(() => {})
      })
    }
    context.on('page', (page) => {
      session.popups.push(page)
      watch(page)
    })

    session.page = await context.newPage()
    session.popups = session.popups.filter((page) => page !== session.page)
    await session.page.goto(h.url(path), { waitUntil })
    return session
  }
  h.open = open
  return h
}

/** Runs `fn(shadowRoot, arg)` inside the page; `fn` must be self-contained. Throws when there is no target. */
export const inShadow = (page, selector, fn, arg) =>
  page.evaluate(([sel, source, argument]) => {
    const host = document.querySelector(sel)
    if (!host) throw new Error(`no element matches ${sel}`)
    // eslint-disable-next-line no-eval
    return (0, eval)('(' + source + ')')(host.shadowRoot, argument, host)
  }, [selector, fn.toString(), arg])

/** What a page says about a target, for failure messages. */
const describeTarget = async (page, selector) => page.evaluate((sel) => {
  const host = document.querySelector(sel)
  const api = window.ShareCue
  return {
    readyState: document.readyState,
    target: host ? host.outerHTML.slice(0, 200) : null,
    shadowRoot: host ? (host.shadowRoot ? `open, ${host.shadowRoot.querySelectorAll('*').length} elements, ${host.shadowRoot.querySelectorAll('[data-channel]').length} [data-channel]` : 'none (or closed)') : null,
    lightChildren: host ? host.children.length : null,
    ShareCue: api === undefined ? 'undefined' : `${typeof api} with keys ${Object.keys(api).join(',')}`,
  }
}, selector).catch((error) => ({ evaluateFailed: String(error) }))

/**
 * Waits until the target matching `selector` has an open shadow root holding at least one
 * `[data-channel]` control. Fails fast (with a diagnosis) when sharecue.js loaded but defined no
 * `window.ShareCue` a second after the load event. Returns the number of controls.
 */
export const waitForWidget = async (page, selector, { timeout = WAIT, session, card = false } = {}) => {
  let outcome
  try {
    const handle = await page.waitForFunction(([sel, card]) => {
      const host = document.querySelector(sel)
      const count = host?.shadowRoot?.querySelectorAll('[data-channel]').length ?? 0
      // With `card`, ready once the card shows too: the script tag's first stage paints the
      // controls, the second (loaded at once for a card) adds the card.
      if (count > 0 && (!card || host.shadowRoot.querySelector('[data-part="card"]'))) return { ok: true, count }
      const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0])
      const loaded = nav && nav.loadEventEnd > 0
      if (loaded && performance.now() - nav.loadEventEnd > 1000 && !(window.ShareCue)) {
        return { ok: false, reason: 'sharecue.js ran but window.ShareCue is not defined 1 s after the load event' }
      }
      return false
    }, [selector, card], { timeout, polling: 50 })
    outcome = await handle.jsonValue()
  } catch (error) {
    outcome = { ok: false, reason: `no [data-channel] control in its shadow root within ${timeout} ms (${String(error.message).split('\n')[0]})` }
  }
  if (outcome.ok) return outcome.count

  const state = await describeTarget(page, selector)
  const lines = [
    `widget did not mount in ${JSON.stringify(selector)}: ${outcome.reason}`,
    `  target: ${state.target ?? 'NOT FOUND'}`,
    `  shadow root: ${state.shadowRoot ?? '-'}; document: ${state.readyState}; window.ShareCue: ${state.ShareCue}`,
    `  dist/sharecue.js on disk: ${sizeOnDisk('dist/sharecue.js')} bytes`,
  ]
  if (session) {
    const script = session.requests.filter((r) => r.url.includes('/dist/'))
    lines.push(`  /dist/ requests: ${script.map((r) => r.url.replace(/^https?:\/\/[^/]+/, '')).join(', ') || 'none'}`)
    if (session.errors.length) lines.push(`  page errors: ${session.errors.map(String).join(' | ')}`)
    const noisy = session.console.filter((m) => m.type === 'warning' || m.type === 'error')
    if (noisy.length) lines.push(`  console: ${noisy.map((m) => `${m.type}: ${m.text}`).join(' | ').slice(0, 1000)}`)
  }
  throw new assert.AssertionError({ message: lines.join('\n') })
}

/**
 * The controls of the widget in `selector`'s shadow root, in DOM order:
 * [{ channel, tag, href, target, rel, type, name, role }] where `name` is the accessible name
 * (aria-labelledby, aria-label, then visible text / img alt / svg title, then title).
 * Returns null when the target has no (open) shadow root.
 */
export const controls = (page, selector) => page.evaluate((sel) => {
  const host = document.querySelector(sel)
  if (!host) throw new Error(`no element matches ${sel}`)
  const root = host.shadowRoot
  if (!root) return null
  const textOf = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent
    if (node.nodeType !== Node.ELEMENT_NODE) return ''
    const el = /** @type {Element} */ (node)
    if (el.getAttribute('aria-hidden') === 'true' || el.hidden) return ''
    if (el.localName === 'style' || el.localName === 'script') return ''
    if (el.localName === 'img') return el.getAttribute('alt') ?? ''
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label')
    if (el.localName === 'svg') {
      const title = el.querySelector(':scope > title')
      return title ? title.textContent : ''
    }
    let text = ''
    for (const child of el.childNodes) text += ' ' + textOf(child)
    return text
  }
  const nameOf = (el) => {
    const ids = el.getAttribute('aria-labelledby')
    if (ids) {
      const text = ids.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ').trim()
      if (text) return text.replace(/\s+/g, ' ')
    }
    const label = el.getAttribute('aria-label')?.trim()
    if (label) return label
    let text = ''
    for (const child of el.childNodes) text += ' ' + textOf(child)
    text = text.replace(/\s+/g, ' ').trim()
    return text || (el.getAttribute('title') ?? '').trim()
  }
  return [...root.querySelectorAll('[data-channel]')].map((el) => ({
    channel: el.getAttribute('data-channel'),
    tag: el.localName,
    href: el.getAttribute('href'),
    target: el.getAttribute('target'),
    rel: el.getAttribute('rel'),
    type: el.getAttribute('type'),
    role: el.getAttribute('role'),
    name: nameOf(el),
  }))
}, selector)

/**
 * Where focus is: `{ host, channel, tag }` — `host` is the id (or tag name) of
 * document.activeElement, `channel` the data-channel of its shadowRoot.activeElement, if any.
 */
export const focused = (page) => page.evaluate(() => {
  const active = document.activeElement
  const inner = active?.shadowRoot?.activeElement ?? null
  return {
    host: active ? (active.id || active.localName) : null,
    channel: inner?.getAttribute('data-channel') ?? null,
    tag: (inner ?? active)?.localName ?? null,
  }
})

/**
 * Waits until the session's pages have no request in flight and none started for `quietMs`,
 * at most `timeout` ms; never throws. Use it before asserting that something did NOT happen.
 */
export const settle = async (session, { quietMs = 300, timeout = WAIT } = {}) => {
  const end = performance.now() + timeout
  while (performance.now() < end) {
    if (session.inflight <= 0 && performance.now() - session.lastActivity >= quietMs) return
    await sleep(50)
  }
}

/**
 * A route matcher for one of sharecue's files whatever its query: after a failed try the
 * loader asks again for `file.js?1`, then `file.js?2`, which a glob ending in `/file.js` would
 * let through to the server. Keep the matcher to unroute it.
 */
export const anyTry = (pathEnd) => (url) => url.pathname.endsWith(pathEnd)

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms))
