import type { Env } from '../env'
import type { GlobalConfig } from '../config/global-config'
import { consentedStorage } from './consented-storage'
import { shareId } from '../lib/share-id'

const key = 'sharecue:visitor'

/**
 * A window's visitor id: `id()` is a random id for this visitor, the stored one where consent
 * allows, else (or where storage is refused) one for this page view, stored for later visits
 * where consent allows. It says nothing about the visitor; it only keeps an A/B assignment
 * stable. `remember()` follows consent: granted during a page view that has an id, that id is
 * kept for later visits (unless one is stored already); refused, a stored id is forgotten.
 */
export const createVisitor = (env: Env, config: GlobalConfig) => {
  /**
   * This page view's id, once given: every widget on the page agrees on a variant even without
   * storage, and consent arriving later (with an id stored on an earlier visit) does not deal again.
   */
  let pageView: string | undefined
  return {
    id(): string {
      if (pageView) return pageView
      try {
        const allowed = consentedStorage(env, config)
        const stored = allowed?.getItem(key)
        if (stored && /^[\w-]{21}$/.test(stored)) return (pageView = stored)
        pageView = shareId()
        allowed?.setItem(key, pageView)
      } catch { /* storage refused: this page view's id */ }
      return (pageView ??= shareId())
    },
    remember(): void {
      try {
        const allowed = consentedStorage(env, config)
        if (!allowed) env.storage()?.removeItem(key)
        else if (pageView && !allowed.getItem(key)) allowed.setItem(key, pageView)
      } catch { /* storage refused */ }
    },
  }
}

/**
 * The variant this visitor sees, of `names` (sorted, so the order they are given in does not
 * matter): FNV-1a of the visitor id and the names, modulo their count. Deterministic per
 * visitor; a new set of names is a new experiment and deals again.
 */
export const assignVariant = (names: string[], visitor: string): string | undefined => {
  if (!names.length) return
  const sorted = [...names].sort()
  let hash = 0x811c9dc5
  for (const char of visitor + '|' + sorted.join(',')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193)
  return sorted[(hash >>> 0) % sorted.length]
}
