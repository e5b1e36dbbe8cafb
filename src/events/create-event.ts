import type { EventType, ShareEvent } from '../types'
import { shareId } from '../lib/share-id'

/**
 * A new event with its permanent id (a random 21-character id), time and page (contract §7). The page address is
 * cut at 2048 characters, the longest URL collectors commonly accept.
 */
export const createEvent = (
  type: EventType,
  fields: Omit<ShareEvent, 'id' | 'type' | 'ts' | 'page'>,
  now: number,
  page: string,
): ShareEvent => ({ id: shareId(), type, ts: now, page: page.slice(0, 2048), ...fields })
