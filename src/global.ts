/**
 * `sharecue/global`: the types of `window.ShareCue` for pages that load the script tag and
 * write TypeScript. Types only: add `import type {} from 'sharecue/global'` once. It names no
 * DOM type of its own, so it also serves a project whose lib has no DOM.
 */
import type { ShareCueApi } from './widget/share-cue-api'

export type { QueuedCall, ShareCueApi } from './widget/share-cue-api'
export type { Finding, FindingCode, FindingLevel } from './check/finding'

declare global {
  /**
   * The script tag's API. Before the script has loaded it is undefined, or the queue snippet's
   * stub, whose methods return nothing (so `on()` gives no unsubscribe function yet).
   *
   * @example ShareCue.consent(true)
   */
  // `var`, not `let`: only a `var` becomes a property of `window` (`window.ShareCue`).
  // eslint-disable-next-line no-var
  var ShareCue: ShareCueApi
}
