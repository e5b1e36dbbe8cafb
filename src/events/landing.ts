import { gpc, type Env } from '../env'
import type { Warn } from '../lib/warn'
import { globalConfig } from '../config/global-config'
import { isChannelId } from '../channels/registry'
import { createEvent } from './create-event'
import { report } from './report'
import { consentedStorage } from './consented-storage'

const key = 'sharecue:parent'
let checked = false
/** Whether storage was asked for a remembered arrival. */
let looked = false
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
  try {
    const url = new URL(win.location.href)
    const scid = url.searchParams.get('scid')
    // An arrival remembered from an earlier page is read at the first share, not on load.
    if (!scid || !/^[\w-]{21}$/.test(scid)) return
    const channel = url.searchParams.get('utm_source') ?? ''
    report(createEvent('share_landing', { shareId: scid, channel: isChannelId(channel) ? channel : undefined }, env.now(), url.href), env, warn)
    parent = scid
    rememberLanding(env)
    url.searchParams.delete('scid')
    win.history.replaceState(win.history.state, '', url.href)
  } catch { /* storage or history refused: the landing is still reported */ }
}

/**
 * The share id this visitor arrived through, if any: this page's `scid`, else one remembered from
 * an earlier page (read at the first share that asks, with consent and not under GPC).
 */
export const parentShareId = (env: Env): string | undefined => {
  if (!parent && !looked) {
    try {
      looked = globalConfig.consent && !gpc(env)
      if (looked) parent = env.storage()?.getItem(key) ?? undefined
    } catch { /* storage refused: no remembered arrival */ }
  }
  return parent
}

/** Remembers the arrival for later pages: at the landing, or once consent arrives (never under Global Privacy Control). */
export const rememberLanding = (env: Env): void => {
  try {
    if (parent) consentedStorage(env)?.setItem(key, parent)
  } catch { /* storage refused: this page view still knows it */ }
}
