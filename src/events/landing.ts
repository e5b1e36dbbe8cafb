import type { Env } from '../env'
import type { Warn } from '../config/warn'
import { globalConfig } from '../config/global-config'
import { isChannelId } from '../channels/registry'
import { createEvent } from './create-event'
import { report } from './report'

const key = 'sharecue:parent'
let checked = false
let parent: string | undefined

/**
 * Once per page view: a page opened through a shared link (`scid` in its URL) reports one
 * `share_landing`, then loses the `scid` from the address bar (so a visitor who copies the
 * address does not pass the same id on), and remembers it as the parent of this visitor's
 * own shares, so chains of shares can be followed. It is remembered across pages only with
 * consent and without Global Privacy Control.
 */
export const detectLanding = (env: Env, warn: Warn): void => {
  if (checked) return
  checked = true
  const win = env.window
  const store = globalConfig.consent && !(env.navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl ? env.storage() : undefined
  try {
    const url = new URL(win.location.href)
    const scid = url.searchParams.get('scid')
    if (!scid || !/^[\w-]{21}$/.test(scid)) {
      parent = store?.getItem(key) ?? undefined
      return
    }
    const channel = url.searchParams.get('utm_source') ?? ''
    report(createEvent('share_landing', { shareId: scid, channel: isChannelId(channel) ? channel : undefined }, env.now(), url.href), env, warn)
    parent = scid
    store?.setItem(key, scid)
    url.searchParams.delete('scid')
    win.history.replaceState(win.history.state, '', url.href)
  } catch { /* storage or history refused: the landing is still reported */ }
}

/** The share id this visitor arrived through, if any. */
export const parentShareId = (): string | undefined => parent

/** Consent arrived after the landing: remember the arrival now (never under Global Privacy Control). */
export const rememberLanding = (env: Env): void => {
  try {
    if (parent && !(env.navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl) env.storage()?.setItem(key, parent)
  } catch { /* storage refused: this page view still knows it */ }
}
