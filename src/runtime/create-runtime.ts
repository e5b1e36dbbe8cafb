import type { GlobalOptions, PurchaseInput, ShareEvent } from '../types'
import type { Env } from '../env'
import { createWarn } from '../lib/warn'
import { defaultConfig } from '../config/global-config'
import { applyOptions } from '../config/configure'
import { createHub } from '../events/hub'
import { createReporter } from '../events/reporter'
import { forgetQueues } from '../events/queue-store'
import { createLanding } from '../events/landing'
import { createVisitor } from '../events/visitor'
import { loadOnce } from '../lib/load-once'
import { createEvent } from '../events/create-event'
import { isChannelId } from '../channels/registry'
import { baseOf } from '../lib/dom'

/** The order code: a lazy part, as only order-confirmation pages call `purchase()`. */
const orders = loadOnce('purchase', () => import('../events/purchase'))

/**
 * Everything sharecue keeps for one window, in one place: the global options, consent, the
 * subscribers, the event queue and its delivery (with its tab lock, timers and listeners), the
 * arrival through a shared link and the visitor id (the cards' countdown clock is `tickerOf(env)`,
 * made by the first card). Time, storage, timers
 * and network come from `env`. `destroy()` stops what runs. The public `configure`, `consent`,
 * `flush` and `on` are thin wrappers over the window's runtime; widgets are mounted in one.
 *
 * @example
 * const runtime = createRuntime(browserEnv(window))
 * runtime.configure({ endpoint: '/share-events' })
 */
export const createRuntime = (env: Env) => {
  const warn = createWarn(env)
  const config = defaultConfig()
  const hub = createHub(warn)
  const reporter = createReporter(env, config, warn)
  /** Reports an event: to `on()` subscribers at once, and to the configured sinks. */
  const report = (event: ShareEvent) => {
    hub.emit(event)
    reporter.add(event)
    // Its link opened in this browser is the sharer's own, not a friend's arrival.
    if (event.type == 'share_click') landing.mine(event.shareId!)
  }
  const landing = createLanding(env, config, report)
  const visitor = createVisitor(env, config)
  /** Order ids reported in this page view. */
  const reported = new Set<string>()
  /** Orders reported before consent, not yet credited to an arrival. */
  const held: Parameters<typeof import('../events/purchase').creditHeld>[3] = []
  return {
    env,
    config,
    warn,
    report,
    on: hub.on,
    visitorId: visitor.id,
    parentShareId: landing.parentShareId,
    /** The share id of this page view's arrival when it was an "Ask my friends" share. */
    asked: landing.asked,
    /**
     * Once per page view, widget or not: a page opened through a shared link reports its landing,
     * and events queued by earlier pages go out (where an endpoint is set).
     */
    start() {
      landing.detect()
      reporter.start()
    },
    configure(options: GlobalOptions) {
      // Read through Document.prototype: `<img name="baseURI">` in a review would shadow it (lib/dom.ts).
      applyOptions(config, options, warn, env.document && baseOf(env.document))
      if (options?.endpoint != null || options?.transport != null) reporter.start()
    },
    /** Grants or refuses consent: what waits is sent, kept or dropped; the arrival and the visitor id follow. */
    consent(granted: boolean) {
      config.consent = granted === true
      const waiting = held.splice(0)
      if (config.consent) landing.remember(), orders.get('')?.creditHeld(env, config, warn, waiting, landing.arrival(), isChannelId)
      visitor.remember()
      reporter.consent(config.consent)
      // Refused: nothing of sharecue's stays in storage (queues, arrival, visitor id, orders, asks).
      if (!config.consent) try { const store = env.storage(); if (store) forgetQueues(store, 'sharecue:') } catch { /* nothing stored */ }
    },
    /**
     * Reports an order once (`purchase()`), with the share this browser arrived through
     * within the attribution window. Its code loads first; where it cannot, SC305 says so.
     */
    purchase(input: PurchaseInput) {
      // On a server there is no order-confirmation page, nor an arrival to credit it to.
      if (!env.document) return
      landing.detect()
      reporter.start()
      orders.load('', warn).then(({ purchaseFields }) => {
        const fields = purchaseFields(env, config, warn, input, landing.arrival(), reported, isChannelId)
        if (!fields) return
        const event = createEvent('purchase', fields, env.now(), env.window.location.href)
        // Before consent the arrival an earlier page remembered cannot be read: credited once it can.
        if (!config.consent) held.push(event as (typeof held)[number])
        report(event)
      }, () => {})
    },
    flush: reporter.flush,
    destroy: reporter.stop,
  }
}

export type Runtime = ReturnType<typeof createRuntime>
