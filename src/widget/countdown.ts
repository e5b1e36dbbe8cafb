/** What the countdown announces: the last hour begins, or the offer ends. */
export type Moment = 'lastHour' | 'ended'

const hour = 3_600_000

/**
 * A card's countdown between ticks: which moment, if any, a tick has reached. WCAG 2.2.2 and
 * 4.1.3: no running commentary, a polite word at the moments that matter. Nothing is announced
 * before the first tick, nor for a product whose offer had ended already.
 */
export const createCountdown = () => {
  let last = NaN
  return {
    /** The time left now (0 once ended, Infinity without a deadline); the moment reached, if any. */
    tick(left: number): Moment | undefined {
      const was = last
      last = left
      if (was > hour && left <= hour && left > 0) return 'lastHour'
      if (was > 0 && was !== Infinity && left === 0) return 'ended'
    },
    reset() { last = NaN },
  }
}
