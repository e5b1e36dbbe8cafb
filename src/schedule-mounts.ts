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
 * that its target is still wanted. Without IntersectionObserver, targets mount at once.
 */
export const scheduleMounts = (win: Window & typeof globalThis, mountOne: (el: Element) => unknown) => {
  const queue: Element[] = []
  // Several runs may overlap (one per batch of entries); each stays within its slice.
  const drain = () => {
    const end = performance.now() + sliceMs
    while (queue.length && performance.now() < end) mountOne(queue.shift()!)
    if (queue.length) setTimeout(drain)
  }
  // A 100% margin is a screen: "200% 0px" reaches two screens above and below.
  const observer = win.IntersectionObserver && new win.IntersectionObserver((entries) => {
    for (const { isIntersecting, target } of entries) if (isIntersecting) observer.unobserve(target), queue.push(target)
    drain()
  }, { rootMargin: '200% 0px' })
  return observer || { observe: mountOne, unobserve() {} }
}
