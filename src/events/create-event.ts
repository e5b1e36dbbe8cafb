import type { EventOf, EventType } from '../types'
import { shareId } from '../lib/share-id'
import { pageAddress } from '../product/page-address'

/**
 * A new event with its permanent id (a random 21-character id), time and page (contract §7). The page address
 * loses its fragment and parameters that look private (`pageAddress`) and is cut at 2048
 * characters, the longest URL collectors commonly accept.
 */
export const createEvent = <T extends EventType>(
  type: T,
  fields: Omit<EventOf<T>, 'id' | 'type' | 'ts' | 'page'>,
  now: number,
  page: string,
): EventOf<T> => ({ id: shareId(), type, ts: now, page: pageAddress(page).slice(0, 2048), ...fields }) as EventOf<T>
