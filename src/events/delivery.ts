import { nanoid } from 'nanoid'
import type { ShareEvent } from '../types'
import { gpc, type Env } from '../env'
import type { GlobalConfig } from '../config/global-config'
import type { Warn } from '../lib/warn'
import { readQueue, writeQueue, bound, forgetQueues, queueKey, queueKeyOf, type Queue } from './queue-store'
import { chunkEvents } from './chunk-events'
import { retryDelay, retryable } from './backoff'
import { listen, unlisten } from '../lib/dom'

/** The delivery of events to the merchant's endpoint, transport and dataLayer. */
export interface Delivery {
  add(event: ShareEvent): void
  /** An event already in the stored queue (put there before this code loaded): only the dataLayer is due. */
  queued(event: ShareEvent): void
  /** Grants (queued events go out) or refuses (what was held and queued is dropped) consent. */
  consent(granted: boolean): void
  /** Sends what is queued now; settles once it has been sent or has failed. */
  flush(): Promise<void>
  /** Stops timers and listeners (tests). */
  stop(): void
}

export interface DeliveryOptions {
  /** Send once this many events wait (10). */
  batchSize?: number
  /** …or once the first has waited this long (2 s): few requests, little delay. */
  batchMs?: number
  /** Give up on a request after this long and retry it (10 s). */
  timeoutMs?: number
}

/** How long a tab's claim on the shared queue lasts: long enough for a slow request. */
const lockMs = 15_000
const lockKey = 'sharecue:lock'

/**
 * Delivers events at least once: each waits in a queue (localStorage, shared by the tabs of
 * the site, bounded; memory where storage is refused) until its endpoint answers 2xx, through
 * 5xx, 408, 429 (honouring Retry-After), network errors, time-outs and reloads. One tab at a
 * time sends the shared queue (a claim with expiry). When the page goes away, what is queued
 * goes by `sendBeacon`, and stays queued until a later page sees it answered. Before consent,
 * events are held in memory only; under Global Privacy Control nothing is stored.
 */
export const createDelivery = (env: Env, config: GlobalConfig, warn: Warn, options: DeliveryOptions = {}): Delivery => {
  const { batchSize = config.batchSize ?? 10, batchMs = config.batchWait ?? 2000, timeoutMs = 10_000 } = options
  const tab = nanoid(10)
  const handed = new Set<string>() // ids given to the `transport` function in this page
  let held: ShareEvent[] = []
  let memory: Queue = { events: [], dropped: 0 }
  let refused = false // storage refused a write: memory from then on
  let attempt = 0
  let retryAt = 0
  /** Until when another tab's claim on the queue runs: no scheduled send before. */
  let claimedUntil = 0
  /** Until when the endpoint asked not to be sent to (`Retry-After`): no beacon at page hide either. */
  let pausedUntil = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let dueAt = Infinity
  let sending: Promise<void> | undefined
  let stopped = false

  const storage = () => refused || gpc(env) ? undefined : env.storage()

  /** The stored queue and the claim on it are the endpoint's (`queueKeyOf`): configure() may change it. */
  const key = () => queueKeyOf(config.endpoint)
  const lock = () => queueKeyOf(config.endpoint, lockKey)
  /** Until when the endpoint asked not to be sent to (`Retry-After`), for every page view of the site. */
  const pause = () => queueKeyOf(config.endpoint, 'sharecue:pause')

  const read = (): Queue => {
    const store = storage()
    // A store that refuses reading (site data blocked after the page loaded: SecurityError) is
    // refused like one that refuses a write: memory from then on, which holds what was written.
    try {
      if (store) return readQueue(store, key())
    } catch (error) {
      refused = true
      warn('SC501', error)
    }
    return { events: [...memory.events], dropped: memory.dropped }
  }

  const write = (queue: Queue) => {
    const store = storage()
    memory = bound(queue)
    if (!store) return
    try {
      writeQueue(store, queue, key())
    } catch (error) {
      refused = true
      warn('SC501', error)
    }
  }

  /** Runs `send` in `ms`, or sooner if it was already due sooner; never before a retry is due. */
  const schedule = (ms: number) => {
    const at = Math.max(env.now() + ms, retryAt, claimedUntil)
    if (stopped || at >= dueAt) return
    if (timer) env.clearTimeout(timer)
    dueAt = at
    timer = env.setTimeout(() => { timer = undefined; dueAt = Infinity; flush(true) }, at - env.now())
  }

  /** Claims the shared queue for this tab, unless another tab's claim still runs. */
  const claim = async (): Promise<boolean> => {
    const store = storage()
    if (!store) return true
    try {
      const [owner, until] = (store.getItem(lock()) ?? '').split(' ')
      // A claim ends at most `lockMs` from now: one that ends later was written before the clock
      // was set back (a laptop waking up), by a tab that then closed without releasing it, and
      // would hold the queue of every tab for as long as the clock is behind.
      if (owner && owner !== tab && +until! > env.now() && +until! <= env.now() + lockMs) return (claimedUntil = +until!), schedule(0), false
      store.setItem(lock(), `${tab} ${env.now() + lockMs}`)
      // Two tabs may write at the same moment: the later write wins, the other backs off.
      await new Promise((resolve) => env.setTimeout(() => resolve(0), 20 + env.random() * 40))
      return store.getItem(lock())?.startsWith(tab + ' ') ?? true
    } catch {
      return true
    }
  }

  const release = () => {
    try {
      const store = storage()
      if (store?.getItem(lock())?.startsWith(tab + ' ')) store.removeItem(lock())
    } catch { /* nothing to release */ }
  }

  /** Takes sent (or unsendable) events out of the queue, as other tabs may have added to it. */
  const remove = (events: ShareEvent[], dropped: number) => {
    const ids = new Set(events.map((e) => e.id))
    const queue = read()
    write({ events: queue.events.filter((e) => !ids.has(e.id)), dropped: Math.max(0, queue.dropped - dropped) })
  }

  /** One request; `true` when answered 2xx, the retry wait in ms when worth retrying, `false` when not. */
  const post = async (body: string): Promise<true | false | number> => {
    const abort = new AbortController()
    const timeout = env.setTimeout(() => abort.abort(), timeoutMs)
    try {
      // Raced with the time-out: a page's fetch wrapper that drops the signal must not hold
      // this send, and every one after it, for the page view.
      const response = await new Promise<Response>((resolve, reject) => {
        abort.signal.addEventListener('abort', reject)
        env.fetch(config.endpoint!, {
          method: 'POST', body, keepalive: true, signal: abort.signal,
          // A CORS-safelisted type: no preflight (contract §7).
          headers: { 'content-type': 'text/plain;charset=UTF-8' },
        }).then(resolve, reject)
      })
      if (response.ok) return true
      if (!retryable(response.status)) return warn('SC502', response.status), false
      const asked = response.headers.get('retry-after')
      const wait = retryDelay(++attempt, env.random(), asked, env.now())
      // The endpoint asked for a pause: the site's later page views keep it too, rather than
      // each sending the stored queue at once to a collector that is struggling.
      if (asked) {
        pausedUntil = env.now() + wait
        try { storage()?.setItem(pause(), String(pausedUntil)) } catch { /* this page view keeps it */ }
      }
      return wait
    } catch {
      return retryDelay(++attempt, env.random(), null, env.now())
    } finally {
      env.clearTimeout(timeout)
    }
  }

  const send = async (scheduled: boolean) => {
    const queue = read()
    if (!queue.events.length || !config.consent || (!config.endpoint && !config.transport)) return
    // A timer set before a retry wait was known (or one that joined a send under way) waits for it.
    if (scheduled && env.now() < retryAt) return schedule(0)
    if (!(await claim())) return
    try {
      const chunks = chunkEvents(queue.events, queue.dropped)
      const fits = new Set(chunks.flatMap((chunk) => chunk.events))
      const huge = queue.events.filter((e) => !fits.has(e))
      if (huge.length) {
        warn('SC503', huge.length)
        remove(huge, 0)
      }
      for (const [index, chunk] of chunks.entries()) {
        // Consent may be refused while the claim is made (20–60 ms) or a request is under way:
        // what was read before is not sent after it.
        if (!config.consent) return
        const fresh = chunk.events.filter((e) => !handed.has(e.id))
        if (config.transport && fresh.length) {
          fresh.forEach((e) => handed.add(e.id))
          Promise.resolve().then(() => config.transport!(fresh)).catch((error) => warn('SC504', error))
        }
        const result = config.endpoint ? await post(chunk.body) : true
        if (typeof result == 'number') {
          retryAt = env.now() + result
          return schedule(result)
        }
        if (pausedUntil) try { pausedUntil = 0, storage()?.removeItem(pause()) } catch { /* nothing kept */ }
        attempt = 0
        remove(chunk.events, index ? 0 : queue.dropped)
      }
    } finally {
      release()
    }
  }

  /**
   * Sends what is queued. Called while a send is under way, it waits for that one and sends
   * what was queued meanwhile. After each send, what is still queued (added meanwhile) gets its
   * own schedule, so a burst never waits for the next event.
   */
  const flush = (scheduled = false): Promise<void> => {
    const run = () => (sending ??= send(scheduled).catch(() => {}).finally(() => {
      sending = undefined
      const waiting = read().events.length
      if (waiting && config.consent) schedule(waiting >= batchSize ? 0 : batchMs)
    }))
    return sending ? sending.then(run) : run()
  }

  /**
   * The page is going away (hidden, or unloading): what is queued goes by beacon once per
   * hiding, and stays queued until a later request sees it answered.
   */
  let away = false
  const onHide = (event: Event) => {
    if (event.type != 'pagehide' && env.document.visibilityState != 'hidden') return void (away = false)
    // A closing page gives up its claim, so the next page need not wait for it to expire.
    if (event.type == 'pagehide') release()
    if (away || !config.endpoint || !config.consent) return
    // The endpoint asked for a pause: what is stored waits for a later page view (what is in
    // memory only goes now, or never).
    if (env.now() < pausedUntil && storage()) return
    away = true
    const queue = read()
    for (const { body } of chunkEvents(queue.events, queue.dropped)) {
      if (!env.beacon(config.endpoint, body)) {
        env.fetch(config.endpoint, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'text/plain;charset=UTF-8' } }).catch(() => {})
      }
    }
  }
  const win = env.window
  win.addEventListener('pagehide', onHide)
  listen(win.document, 'visibilitychange', onHide)

  const add = (event: ShareEvent, queued = false) => {
    if (!config.consent) {
      if (!queued) held = [...held, event].slice(-500)
      return
    }
    if (config.dataLayer) {
      const layer = ((win as { dataLayer?: unknown[] }).dataLayer ??= [])
      try { layer.push({ event: 'sharecue_' + event.type, sharecue: event }) } catch (error) { warn('SC504', error) }
    }
    if (queued || (!config.endpoint && !config.transport)) return
    const queue = read()
    queue.events.push(event)
    write(queue)
    schedule(queue.events.length >= batchSize ? 0 : batchMs)
  }

  // Events an earlier page queued and could not send.
  // What an earlier version stored for the whole site goes to this page's endpoint, as it did then.
  if (config.endpoint) {
    try {
      const store = storage()
      const earlier = store?.getItem(queueKey) && readQueue(store)
      if (earlier && earlier.events.length) {
        const own = read()
        write({ events: [...earlier.events, ...own.events], dropped: earlier.dropped + own.dropped })
        store!.removeItem(queueKey)
      }
    } catch { /* storage refused: nothing to take over */ }
  }
  // A pause an earlier page view was asked for (at most a day, as retryDelay bounds it).
  try {
    const store = storage()
    const until = +(store?.getItem(pause()) ?? 0)
    if (until > env.now()) retryAt = pausedUntil = Math.min(until, env.now() + 24 * 3600_000)
    else if (until) store!.removeItem(pause())
  } catch { /* none kept */ }
  if (read().events.length) schedule(0)

  return {
    add: (event) => add(event),
    queued: (event) => add(event, true),
    consent(granted) {
      config.consent = granted
      const waiting = held
      held = []
      if (granted) {
        // What earlier visits queued goes out now, not at the next event.
        if (read().events.length) schedule(0)
        waiting.forEach((event) => add(event))
      }
      else {
        write({ events: [], dropped: 0 })
        try { const store = storage(); if (store) forgetQueues(store) } catch { /* storage refused */ }
      }
    },
    flush: () => flush(),
    stop() {
      stopped = true
      release()
      if (timer) env.clearTimeout(timer)
      win.removeEventListener('pagehide', onHide)
      unlisten(win.document, 'visibilitychange', onHide)
    },
  }
}
