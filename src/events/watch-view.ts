import { viewOf } from '../lib/dom'

/**
 * Calls `onView` once, the first time at least half of `target` is in view. Returns the
 * function that stops watching. Where IntersectionObserver is missing, nothing is reported:
 * a view that cannot be seen is not counted.
 */
export const watchView = (target: Element, onView: () => void): (() => void) => {
  const Observer = viewOf(target.ownerDocument)?.IntersectionObserver
  if (!Observer) return () => {}
  const observer = new Observer((entries) => {
    if (entries.some((entry) => entry.isIntersecting && entry.intersectionRatio >= 0.5)) {
      observer.disconnect()
      onView()
    }
  }, { threshold: 0.5 })
  observer.observe(target)
  return () => observer.disconnect()
}
