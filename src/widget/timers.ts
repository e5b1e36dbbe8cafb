import type { Env } from '../env'

/** A widget's own timers, from its environment: each runs once unless the widget stops first; `stop()` clears them all. */
export const createTimers = (env: Pick<Env, 'setTimeout' | 'clearTimeout'>) => {
  const timers = new Set<ReturnType<typeof setTimeout>>()
  let stopped = false
  return {
    later(fn: () => void, ms = 0) {
      const timer = env.setTimeout(() => timers.delete(timer) && !stopped && fn(), ms)
      timers.add(timer)
    },
    stop() {
      stopped = true
      timers.forEach((timer) => env.clearTimeout(timer))
    },
  }
}
