import type { Env } from '../env'
import type { Locale } from '../i18n/locale'
import { cardModel } from '../card/card-model'
import { tickerOf } from '../card/ticker'
import { createCountdown } from './countdown'
import type { WidgetState } from './resolve-widget'
import { viewOf } from '../lib/dom'

/**
 * A widget's card over time: its model at this moment on the widget's clock (the client's,
 * corrected by the server's `now` where given), paused or ticking (reduced motion starts it
 * paused), its countdown announced at the moments that matter, and one page-wide timer that
 * redraws it while it is in view. A widget without a card ticks too where its product has a
 * deadline: its share copy names the offer (`{discount}`, `{timeLeft}`), which must run out
 * with it.
 */
export const createCardClock = (env: Env, target: Element, state: () => WidgetState, locale: () => Locale | undefined, draw: () => void, say: (words: string) => void) => {
  let paused = !!viewOf(target.ownerDocument)?.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  const countdown = createCountdown()
  let untick = () => {}
  /** The latest client time this widget has read. */
  let latest = -Infinity
  /**
   * The client's time, never earlier than a moment the widget has shown: a clock set back (by
   * hand, or by a sync) does not bring an ended offer back, nor make a countdown run backwards.
   * It stands still until the clock catches up.
   */
  const time = () => (latest = Math.max(latest, env.now()))
  const clock = () => time() + state().options.skew
  /** The card at this moment, when it next needs drawing, and the time left (share copy has no pause). */
  const now = () => cardModel(state().product, locale()!, { tag: state().options.locale, now: clock(), threshold: state().options.threshold, sold: state().options.sold, paused: paused && state().options.card })
  /** A tick: announce the moments that matter once, else redraw. */
  const tick = () => {
    const words = locale()
    if (!words) return 1000
    const [card, next, left] = now()
    // Only a card speaks of the offer it shows, and only of a countdown it shows (none where
    // nothing is left to buy: `offer().countdown`) or of its end.
    const moment = state().options.card && (card.deadline || card.ended) ? countdown.tick(left) : undefined
    if (moment) say(words[moment])
    else draw()
    // Without a card, each second only where the copy names the time left; else at the end
    // (an hour at most: setTimeout takes no more than 24.8 days).
    return state().options.card || Object.values(state().templates).some((t) => t?.includes('{timeLeft}')) ? next : left ? Math.min(left, 3_600_000) : Infinity
  }
  /** Ticks from now (a first tick at once), where the product has a deadline. */
  const start = () => {
    untick()
    untick = state().product.deadline != null ? tickerOf(env).tickWhileVisible(target, tick) : () => {}
  }
  return {
    time,
    clock,
    model: () => now()[0],
    pause() {
      paused = !paused
      // Planned anew: while paused the next tick was planned a minute away, so a resumed
      // countdown stood still for up to a minute. The first tick draws.
      start()
    },
    /** Follows a new state; another product's countdown starts afresh. */
    follow(anotherProduct: boolean) {
      if (anotherProduct) countdown.reset()
      start()
    },
    stop: () => untick(),
  }
}
