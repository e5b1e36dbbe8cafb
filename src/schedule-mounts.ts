/**
 * 10 ms of mounting per task, then the page gets its turn: far under the 50 ms that makes a
 * long task (https://w3c.github.io/longtasks/), even with the work around it.
 */
const sliceMs = 10

/**
 * Mounts the script tag's targets without blocking the page (a category page may hold
 * hundreds): one IntersectionObserver sees each target come within two screens of the
 * viewport, and those it saw mount in document order, a slice per task. `observe(target)`
 * schedules one, `unobserve(target)` forgets one removed before it mounted; `mountOne` checks
 * that its target is still wanted. A page that took IntersectionObserver away gets every
 * target mounted, still a slice per task.
 */
export const scheduleMounts = (
  win: Window & typeof globalThis,
  mountOne: (el: Element) => unknown,
): Pick<IntersectionObserver, 'observe' | 'unobserve'> => {
  const queue: Element[] = []
  // Several runs may overlap (one per batch of entries); each stays within its slice.
  const drain = () => {
    const end = performance.now() + sliceMs
    while (queue.length && performance.now() < end) mountOne(queue.shift()!)
    if (queue.length) setTimeout(drain)
  }
  if (!win.IntersectionObserver) {
    return {
      observe: (el) => { queue.push(el) == 1 && setTimeout(drain) },
      unobserve: (el) => { queue.splice(queue.indexOf(el) >>> 0, 1) },
    }
  }
  // A 100% margin is a screen: two screens around the viewport.
  const observer = new win.IntersectionObserver((entries) => {
    for (const { isIntersecting, target } of entries) if (isIntersecting) observer.unobserve(target), queue.push(target)
    // In a task of its own: the observer's task also runs every widget's view callback.
    setTimeout(drain)
  }, { rootMargin: '200%' })
  return observer
}
