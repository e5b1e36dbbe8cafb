import type { Env } from '../env'

/** A card's part in the ticker: redraw, and say when it next needs to (ms), or never (Infinity). */
export type Tick = () => number

interface Entry { tick: Tick; visible: boolean; at: number }

/**
 * A window's countdown clock: one timer for every card on the page, running only while a card
 * that needs it is in view. `tickWhileVisible(el, tick)` ticks a card while it is in view (any
 * part of it): `tick` redraws it and returns the ms until it needs the next tick. It returns the
 * function that stops. Where IntersectionObserver is missing, the card counts as in view.
 */
export const createTicker = (env: Pick<Env, 'now' | 'setTimeout' | 'clearTimeout'>) => {
  const entries = new Set<Entry>()
  let timer: ReturnType<typeof setTimeout> | undefined

  const plan = () => {
    if (timer) env.clearTimeout(timer)
    timer = undefined
    let next = Infinity
    for (const entry of entries) if (entry.visible) next = Math.min(next, entry.at)
    if (next < Infinity) timer = env.setTimeout(run, Math.max(0, next - env.now()))
  }

  const run = () => {
    const now = env.now()
    for (const entry of entries) if (entry.visible && entry.at <= now) entry.at = now + entry.tick()
    plan()
  }

  return {
    tickWhileVisible(el: Element, tick: Tick): () => void {
      const entry: Entry = { tick, visible: true, at: env.now() + tick() }
      entries.add(entry)
      const Observer = el.ownerDocument.defaultView?.IntersectionObserver
      // Every change since the last report comes at once, oldest first (a fast scroll on a busy
      // page): the last one is how the card is now.
      const observer = Observer && new Observer((changes) => {
        entry.visible = !!changes[changes.length - 1]?.isIntersecting
        if (entry.visible) entry.at = env.now() + entry.tick()
        plan()
      })
      observer?.observe(el)
      plan()
      return () => {
        observer?.disconnect()
        entries.delete(entry)
        plan()
      }
    },
  }
}

const tickers = new WeakMap<object, ReturnType<typeof createTicker>>()

/**
 * The ticker of a window's runtime (keyed by its `env`), made when the first widget whose product
 * has a deadline needs one: pages without a deadline never run it.
 */
export const tickerOf = (env: Pick<Env, 'now' | 'setTimeout' | 'clearTimeout'>) => {
  let ticker = tickers.get(env)
  if (!ticker) tickers.set(env, (ticker = createTicker(env)))
  return ticker
}
