import type { Env } from '../env'
import type { GlobalConfig } from '../config/global-config'
import type { ShareEvent } from '../types'
import { isChannelId } from '../channels/registry'
import { createEvent } from './create-event'
import { consentedStorage } from './consented-storage'
import { keptPairs } from '../lib/query'

const key = 'sharecue:parent'
/** The share ids this browser made, newest first, space-separated (the 50 latest): its own links. */
const mineKey = 'sharecue:mine'

/**
 * A window's arrival through a shared link. `detect()`, once per page view: a page opened
 * through a shared link (`scid` in its URL) reports one `share_landing`, then loses the `scid`
 * (and the `ref` parameter that carries the same id, and an ask's `scask`) from the address bar, so a visitor who
 * copies the address does not pass the same id on, and remembers the arrival as the parent of
 * this visitor's own shares, so chains of shares can be followed, and as what a later order is
 * attributed to. It is remembered across pages only with consent and without Global Privacy
 * Control, as `<shareId> <channel> <time>` (an earlier version stored the id alone).
 * A sharer who opens their own link (a share id this browser made, `mine()`, kept likewise: the
 * 50 latest) is no friend arriving: the landing is still reported, marked `preview` so that no
 * figure counts it, and it is no arrival, so no later order is credited to it. Before consent
 * the browser cannot tell: the landing counts as a friend's, and consent given later only drops
 * the arrival.
 */
export const createLanding = (env: Env, config: GlobalConfig, report: (event: ShareEvent) => void) => {
  let checked = false
  /** Whether storage was asked for a remembered arrival. */
  let looked = false
  let arrival: string | undefined
  /** The share id of this page view's arrival, when it was an "Ask my friends" share (`scask=1`). */
  let asked: string | undefined

  /**
   * Remembers the arrival for later pages: at the landing, or once consent arrives (never under
   * GPC). An arrival through a share this browser made is the sharer's own link: no arrival.
   */
  const remember = (): void => {
    try {
      const store = consentedStorage(env, config)
      if (arrival && store?.getItem(mineKey)?.split(' ').includes(arrival.split(' ')[0]!)) arrival = undefined
      if (arrival) store?.setItem(key, arrival)
    } catch { /* storage refused: this page view still knows it */ }
  }

  /**
   * The arrival this visitor came through, if any: this page's, else one remembered from an
   * earlier page (read when first asked, with consent and not under GPC).
   */
  const arrived = (): string | undefined => {
    if (!arrival && !looked) {
      try {
        looked = !!consentedStorage(env, config)
        // A share id first, or nothing: the key is the page's to write too (`<img src=x>` went
        // out as every share's parentShareId, and collectors refused those events).
        const stored = looked && env.storage()?.getItem(key)
        if (stored && /^[\w-]{21}( |$)/.test(stored)) arrival = stored
      } catch { /* storage refused: no remembered arrival */ }
    }
    return arrival
  }

  return {
    remember,
    /**
     * Keeps the id of a share this browser made, with consent and never under GPC, where events
     * go somewhere (an endpoint, a transport, the dataLayer): a page without stores nothing at a click.
     */
    mine(shareId: string): void {
      try {
        const store = config.endpoint || config.transport || config.dataLayer ? consentedStorage(env, config) : undefined
        // 22 characters an id: a cut one at the end matches no share id.
        store?.setItem(mineKey, `${shareId} ${store.getItem(mineKey) ?? ''}`.slice(0, 1100))
      } catch { /* storage refused: its link would count as a friend's */ }
    },
    arrival: arrived,
    detect(): void {
      if (checked) return
      checked = true
      const win = env.window
      try {
        const url = new URL(win.location.href)
        const scid = url.searchParams.get('scid')
        // An arrival remembered from an earlier page is read at the first share, not on load.
        if (!scid || !/^[\w-]{21}$/.test(scid)) return
        const source = url.searchParams.get('utm_source') ?? ''
        const channel = isChannelId(source) ? source : undefined
        arrival = `${scid} ${channel ?? ''} ${env.now()}`
        remember()
        // Before consent a browser cannot tell its own link: a friend's, as far as it knows.
        report(createEvent('share_landing', { shareId: scid, channel, preview: !arrival || undefined }, env.now(), url.href))
        if (url.searchParams.get('scask') == '1') asked = scid
        // The rest of the address as the shop wrote it: its page may read its own query.
        url.search = keptPairs(url, (name, value) => name == 'scask' || value === scid).join('&')
        win.history.replaceState(win.history.state, '', url.href)
      } catch { /* storage or history refused: the landing is still reported */ }
    },
    /** This page view's arrival, when a friend asked for an opinion through it (its share id). */
    asked: () => asked,
    /** The share id this visitor arrived through, if any (`arrival`'s first word). */
    parentShareId: (): string | undefined => arrived()?.split(' ')[0],
  }
}
