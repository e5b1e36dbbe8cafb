import type { Env } from '../env'
import type { GlobalConfig } from '../config/global-config'
import type { ShareEvent } from '../types'
import { isChannelId } from '../channels/registry'
import { createEvent } from './create-event'
import { consentedStorage } from './consented-storage'

const key = 'sharecue:parent'

/**
 * A window's arrival through a shared link. `detect()`, once per page view: a page opened
 * through a shared link (`scid` in its URL) reports one `share_landing`, then loses the `scid`
 * from the address bar (so a visitor who copies the address does not pass the same id on), and
 * remembers it as the parent of this visitor's own shares, so chains of shares can be followed.
 * It is remembered across pages only with consent and without Global Privacy Control.
 */
export const createLanding = (env: Env, config: GlobalConfig, report: (event: ShareEvent) => void) => {
  let checked = false
  /** Whether storage was asked for a remembered arrival. */
  let looked = false
  let parent: string | undefined

  /** Remembers the arrival for later pages: at the landing, or once consent arrives (never under GPC). */
  const remember = (): void => {
    try {
      if (parent) consentedStorage(env, config)?.setItem(key, parent)
    } catch { /* storage refused: this page view still knows it */ }
  }

  return {
    remember,
    detect(): void {
      if (checked) return
      checked = true
      const win = env.window
      try {
        const url = new URL(win.location.href)
        const scid = url.searchParams.get('scid')
        // An arrival remembered from an earlier page is read at the first share, not on load.
        if (!scid || !/^[\w-]{21}$/.test(scid)) return
        const channel = url.searchParams.get('utm_source') ?? ''
        report(createEvent('share_landing', { shareId: scid, channel: isChannelId(channel) ? channel : undefined }, env.now(), url.href))
        parent = scid
        remember()
        url.searchParams.delete('scid')
        win.history.replaceState(win.history.state, '', url.href)
      } catch { /* storage or history refused: the landing is still reported */ }
    },
    /**
     * The share id this visitor arrived through, if any: this page's `scid`, else one remembered
     * from an earlier page (read at the first share that asks, with consent and not under GPC).
     */
    parentShareId(): string | undefined {
      if (!parent && !looked) {
        try {
          looked = !!consentedStorage(env, config)
          if (looked) parent = env.storage()?.getItem(key) ?? undefined
        } catch { /* storage refused: no remembered arrival */ }
      }
      return parent
    },
  }
}
