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
 * redraws it while it is in view.
 */
export const createCardClock = (env: Env, target: Element, state: () => WidgetState, locale: () => Locale | undefined, draw: () => void, say: (words: string) => void) => {
  let paused = !!viewOf(target.ownerDocument)?.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  const countdown = createCountdown()
  let untick = () => {}
  const clock = () => env.now() + state().options.skew
  /** The card at this moment, when it next needs drawing, and the time left. */
  const now = () => cardModel(state().product, locale()!, { tag: state().options.locale, now: clock(), threshold: state().options.threshold, sold: state().options.sold, paused })
  /** A tick: announce the moments that matter once, else redraw. */
  const tick = () => {
    const words = locale()
    if (!words) return 1000
    const [, next, left] = now()
    const moment = countdown.tick(left)
    if (moment) say(words[moment])
    else draw()
    return next
  }
  /** Ticks from now (a first tick at once), where the widget shows a card with a deadline. */
  const start = () => {
    untick()
    untick = state().options.card && state().product.deadline != null ? tickerOf(env).tickWhileVisible(target, tick) : () => {}
  }
  return {
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
