/** A widget's own timers: each runs once unless the widget stops first; `stop()` clears them all. */
export const createTimers = () => {
  const timers = new Set<ReturnType<typeof setTimeout>>()
  let stopped = false
  return {
    later(fn: () => void, ms = 0) {
      const timer = setTimeout(() => timers.delete(timer) && !stopped && fn(), ms)
      timers.add(timer)
    },
    stop() {
      stopped = true
      timers.forEach(clearTimeout)
    },
  }
}
