/** The summary statistics of the peer comparison (bench/compare.js). */

/** The q-quantile (0 to 1) of `values`, interpolating linearly between neighbours. */
export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (sorted.length - 1) * q
  const low = Math.floor(at)
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low)
}

/**
 * Cumulative Layout Shift of `[startTime, value]` pairs (input-caused shifts already left
 * out): the largest session window, a window ending after a 1 s gap or at 5 s long
 * (https://web.dev/articles/cls).
 */
export const cumulativeShift = (shifts) => {
  let best = 0
  let sum = 0
  let first = -Infinity
  let last = -Infinity
  for (const [time, value] of shifts) {
    if (time - last > 1000 || time - first > 5000) {
      sum = 0
      first = time
    }
    sum += value
    last = time
    best = Math.max(best, sum)
  }
  return best
}

/**
 * Of a page's long tasks (`[startTime, duration]`, from `longtask` entries), those in which a
 * library's scripts ran: `[ms, ownMs, what]` each, the task's length, the time of the library's
 * scripts within it, and what of the library ran in it (each script's invoker and its ms, as
 * "classic-script 28 ms", "TimerHandler:setTimeout 31 ms"). `scripts` are
 * `[url, startTime, duration, invoker?]`, from the `scripts` of `long-animation-frame` entries
 * (each script that ran 5 ms or more in a frame over 50 ms, so every long task's); `isOwn(url)`
 * says whether a script URL is the library's.
 */
export const tasksRunning = (tasks, scripts, isOwn) => tasks.flatMap(([start, duration]) => {
  const end = start + duration
  let ownMs = 0
  const what = []
  for (const [url, from, ms, invoker = 'script'] of scripts) {
    const within = isOwn(url) ? Math.max(0, Math.min(end, from + ms) - Math.max(start, from)) : 0
    if (within > 0) what.push(`${invoker} ${Math.round(within)} ms`)
    ownMs += within
  }
  return ownMs > 0 ? [[duration, ownMs, what.join(', ')]] : []
})
