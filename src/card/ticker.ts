/** A card's part in the ticker: redraw, and say when it next needs to (ms), or never (Infinity). */
export type Tick = () => number

interface Entry { tick: Tick; visible: boolean; at: number }

const entries = new Set<Entry>()
let timer: ReturnType<typeof setTimeout> | undefined

/** One timer for every card on the page, running only while a card that needs it is in view. */
const plan = () => {
  if (timer) clearTimeout(timer)
  timer = undefined
  let next = Infinity
  for (const entry of entries) if (entry.visible) next = Math.min(next, entry.at)
  if (next < Infinity) timer = setTimeout(run, Math.max(0, next - Date.now()))
}

const run = () => {
  const now = Date.now()
  for (const entry of entries) if (entry.visible && entry.at <= now) entry.at = now + entry.tick()
  plan()
}

/**
 * Ticks a card while it is in view (any part of it): `tick` redraws it and returns the ms until
 * it needs the next tick. Returns the function that stops. Where IntersectionObserver is
 * missing, the card counts as in view.
 */
export const tickWhileVisible = (el: Element, tick: Tick): (() => void) => {
  const entry: Entry = { tick, visible: true, at: Date.now() + tick() }
  entries.add(entry)
  const Observer = el.ownerDocument.defaultView?.IntersectionObserver
  const observer = Observer && new Observer(([change]) => {
    entry.visible = !!change?.isIntersecting
    if (entry.visible) entry.at = Date.now() + entry.tick()
    plan()
  })
  observer?.observe(el)
  plan()
  return () => {
    observer?.disconnect()
    entries.delete(entry)
    plan()
  }
}
