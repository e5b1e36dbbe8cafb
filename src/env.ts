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
}

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
  mobile: () => {
    const nav = win.navigator as (Navigator & { userAgentData?: { mobile?: boolean } }) | undefined
    return nav?.userAgentData?.mobile ?? /Android|iPhone|iPad|iPod|Mobile/i.test(nav?.userAgent ?? '')
  },
})
