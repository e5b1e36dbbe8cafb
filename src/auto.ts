/**
 * The script-tag entry: reads the tag's attributes, mounts every `[data-sharecue]` and
 * `<share-cue>` target present and added later, releases removed ones, and offers the API as
 * `window.ShareCue`. The only file with side effects; loading it twice does nothing the second time.
 */
import type { Widget } from './types'
import type { ShareCueApi } from './widget/share-cue-api'
import { paintIn, type LoadFull } from './widget/first-paint'
import { hostOf } from './widget/host'
import { lazy } from './lib/load-once'
import { scheduleMounts } from './schedule-mounts'
import { runtimeFor } from './runtime/runtime-for'
import { shareUrl } from './share/share-url'
import { channelIds } from './channels/registry'
import { version } from './version'
import { ownScript, type OwnScript } from './own-script'
import { checkFrom } from './check/check-from'
import { dispatch, listen, readyOf, rootOf, selectAll } from './lib/dom'

type Api = Record<string, unknown> & { q?: [method: string, args: ArrayLike<unknown>][] }

/** The folder lazy parts load from: `__scLoad` in rollup.config.ts's intro reads it. */
declare let __scBase: string
/** Imports a lazy part from that folder (rollup.config.ts's intro). */
declare const __scLoad: (file: string) => Promise<unknown>
/**
 * What this script hands the second stage: the modules both stages use, as the build found
 * them (rollup.config.ts), so the page keeps one runtime, one locale and icon cache, one loader.
 */
declare const __scShared: object

/** The second stage as built: `boot` runs it with this script's modules. */
type Stage2 = { boot(shared: object, load: typeof __scLoad): typeof import('./app') }

/** The full widget, loaded once per page when first wanted, bounded like every lazy part. */
const full: LoadFull = lazy('app', () => import('./app').then((stage) => (stage as unknown as Stage2).boot(__scShared, __scLoad)))

/**
 * The own properties of a plain object: the queue stub or a first copy's API. Anything else
 * that `window.ShareCue` may be (an element named so in the page's markup, `<form id="ShareCue">`,
 * or another window, `<iframe name="ShareCue">`) gives nothing, and neither does Object.prototype.
 */
const own = (value: unknown): Api => {
  const out = Object.create(null) as Api
  // Tested before it is read: on most pages there is no stub, and an exception thrown there
  // (getPrototypeOf(undefined)) cost 30 to 55 ms at 4x CPU throttling with DevTools attached,
  // as Lighthouse is: a long task of its own in the script's evaluation.
  try {
    if (value && typeof value == 'object' && Object.getPrototypeOf(value) === Object.prototype) Object.assign(out, value)
  } catch { /* a proxy that throws: no stub */ }
  return out
}

const start = (win: Window & typeof globalThis, script: OwnScript) => {
  // A first copy serves the page; the queue snippet (README) leaves a stub with calls in `q`.
  const stub = own(win.ShareCue)
  if (stub.version) return
  __scBase = script.src
  const runtime = runtimeFor(win)
  const doc = win.document
  // Without its own URL the script cannot find its lazy parts (icons, languages, delivery).
  if (!script.src) runtime.warn('SC311')
  const api: ShareCueApi = {
    // A widget mounted by a call wants the full widget at once (its `cardImage()`, its updates).
    mount: (el, options) => paintIn(runtime, el, options, full, true),
    configure: runtime.configure, shareUrl, on: runtime.on, consent: runtime.consent, flush: runtime.flush, purchase: runtime.purchase,
    check: () => checkFrom(win, script.src, runtime, script.nonce),
    channels: channelIds, version,
  }
  // An own property of the window, which shadows an element the page named ShareCue.
  win.ShareCue = api

  const { data } = script
  runtime.configure({ endpoint: data('endpoint'), locale: data('locale'), consent: data('consent') as never, campaign: data('campaign'), dataLayer: data('datalayer') as never, attributionDays: data('attribution-days') })

  for (const [method, args] of Array.isArray(stub.q) ? stub.q : []) {
    try { ((api as unknown as Api)[method] as (...a: unknown[]) => void)(...Array.from(args)) } catch { /* each call reports its own problem */ }
  }
  // A page opened through a shared link reports its landing, widget or not; events queued by
  // earlier pages go out: in a task after this script's own, which is long enough already.
  runtime.env.setTimeout(runtime.start, 0)

  // Each target found: when it was found, until scheduleMounts mounts it, then its widget. A
  // `data-now` (the server's time as it made the page) is compared with that moment, not with
  // the one the shopper scrolled to it or the full widget took over.
  const mounted = new Map<Element, Widget | number>()
  const mounts = scheduleMounts(win, (el, at = mounted.get(el)) => typeof at == 'number' && mounted.set(el, paintIn(runtime, el, {}, full, false, at)))
  const targets = '[data-sharecue],share-cue'
  const found = (els: Element[]) => {
    for (const el of els) if (el.matches?.(targets) && !mounted.has(el)) mounted.set(el, runtime.env.now()), mounts.observe(el)
  }
  const watch = () => {
    // The document's own methods may be shadowed by its markup (lib/dom.ts); an element's are not.
    found(selectAll(doc, targets))
    new win.MutationObserver((records) => {
      for (const record of records) {
        // An element the page makes a target later (a framework that sets `data-sharecue` on it).
        if (record.type == 'attributes') found([record.target as Element])
        record.addedNodes.forEach((node) => node.nodeType === 1 && found([node as Element, ...(node as Element).querySelectorAll(targets)]))
      }
      // A target taken out of the document releases its widget (timers, listeners): the one that
      // answers for it now, which a call may have mounted (before the scan did, or after a destroy()).
      for (const el of mounted.keys()) if (!el.isConnected) mounts.unobserve(el), hostOf(el)?.widget?.destroy(), mounted.delete(el)
    }).observe(rootOf(doc)!, { childList: true, subtree: true, attributeFilter: ['data-sharecue'] })
  }
  // The scan runs in a task of its own: not in this script's evaluation, which is long enough,
  // nor in the page's DOMContentLoaded task, which other scripts' handlers may have filled
  // (a 49 ms task of the page's own became a long one with the scan's 7 ms at 4x throttling).
  const scan = () => runtime.env.setTimeout(watch, 0)
  if (readyOf(doc) === 'loading') listen(doc, 'DOMContentLoaded', scan)
  else scan()
  // For pages whose CSP allows no inline stub: their own script waits for this (README).
  try { dispatch(doc, new win.CustomEvent('sharecue:ready', { detail: api })) } catch { /* a page that broke CustomEvent loses only this */ }
}

start(window, ownScript(window))
