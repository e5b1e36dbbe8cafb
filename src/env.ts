/**
 * The environment sharecue runs in, injected so tests pass their own instead of patching
 * globals. Foundations: this file imports nothing from the project.
 */
export interface Env {
  window: Window
  document: Document
  navigator: Navigator
  /** Current time in epoch ms. */
  now(): number
  /** `console.warn`, replaceable so tests can read warnings. */
  warn(message: string): void
  /** Opens a URL in a new browsing context (used where a control is a button, not a link). */
  open(url: string): void
  /** Whether this is a phone or tablet, where app URL schemes (fb-messenger:) work. */
  mobile(): boolean
  /** `fetch`, looked up at each call, so a page's later wrapper is honoured. */
  fetch(url: string, init: RequestInit): Promise<Response>
  /** `navigator.sendBeacon`: false when the browser refuses (over its quota) or has none. */
  beacon(url: string, body: string): boolean
  /** `localStorage`, or undefined where the page may not use it (disabled, sandboxed: access throws). */
  storage(): Storage | undefined
  /** Timers, a clock the tests can drive. */
  setTimeout(fn: () => void, ms: number): ReturnType<typeof setTimeout>
  clearTimeout(timer: ReturnType<typeof setTimeout>): void
  random(): number
}

const mobiles = new WeakMap<Navigator, boolean>()

/** Whether the visitor's browser sends Global Privacy Control: then the widget stores nothing. */
export const gpc = (env: Env): boolean => !!(env.navigator as { globalPrivacyControl?: boolean } | undefined)?.globalPrivacyControl

/**
 * The browser's own environment. Outside a browser (a server rendering share links with
 * `shareUrl`) the global object stands in: no document, no phone.
 */
export const browserEnv = (win: Window = globalThis as unknown as Window): Env => ({
  window: win,
  document: win.document,
  navigator: win.navigator,
  now: () => Date.now(),
  // eslint-disable-next-line no-console
  warn: (message) => console.warn(message),
  open: (url) => { win.open(url, '_blank', 'noopener,noreferrer') },
  fetch: (url, init) => win.fetch(url, init),
  beacon: (url, body) => {
    try {
      return !!win.navigator.sendBeacon?.(url, body)
    } catch {
      return false
    }
  },
  storage: () => {
    try {
      return win.localStorage ?? undefined
    } catch {
      return undefined
    }
  },
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (timer) => clearTimeout(timer),
  random: Math.random,
  mobile: () => {
    const nav = win.navigator as (Navigator & { userAgentData?: { mobile?: boolean } }) | undefined
    if (!nav) return false
    // Asked once per page: Chromium makes a new userAgentData object at each read.
    let mobile = mobiles.get(nav)
    if (mobile == null) mobiles.set(nav, mobile = nav.userAgentData?.mobile ?? /Android|iPhone|iPad|iPod|Mobile/i.test(nav.userAgent ?? ''))
    return mobile
  },
})
