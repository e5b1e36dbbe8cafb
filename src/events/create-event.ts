import { nanoid } from 'nanoid'
import type { EventType, ShareEvent } from '../types'

/** A new event with its permanent id (nanoid), time and page (contract §7). */
export const createEvent = (
  type: EventType,
  fields: Omit<ShareEvent, 'id' | 'type' | 'ts' | 'page'>,
  now: number,
  page: string,
): ShareEvent => ({ id: nanoid(), type, ts: now, page, ...fields })
