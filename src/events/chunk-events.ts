import type { ShareEvent } from '../types'

/**
 * The contract's limit for one body (64 KiB), which is also the browser's budget for
 * keepalive fetches and beacons in flight: https://fetch.spec.whatwg.org/#http-network-or-cache-fetch
 */
export const maxBody = 65536

/** One request body and the events it carries. */
export interface Chunk {
  body: string
  events: ShareEvent[]
}

const bytes = (text: string) => new TextEncoder().encode(text).length

/**
 * Splits events into bodies `{"v":1,"events":[…]}` of at most `max` bytes each (UTF-8), in
 * order. The first body also reports `dropped`: events a full queue had to let go. An event
 * too large for any body on its own cannot be sent and is left out (the caller drops it).
 */
export const chunkEvents = (events: ShareEvent[], dropped = 0, max = maxBody): Chunk[] => {
  const chunks: Chunk[] = []
  let head = dropped ? `{"v":1,"dropped":${dropped},"events":[` : '{"v":1,"events":['
  let parts: string[] = []
  let size = bytes(head) + 2
  let batch: ShareEvent[] = []
  const close = () => {
    // Nothing to close (the first event is alone over the limit): the head keeps `dropped`.
    if (!batch.length) return
    chunks.push({ body: head + parts.join(',') + ']}', events: batch })
    head = '{"v":1,"events":['
    parts = []
    batch = []
    size = bytes(head) + 2
  }
  for (const event of events) {
    const json = JSON.stringify(event)
    const length = bytes(json) + (parts.length ? 1 : 0)
    if (size + length > max) close()
    if (size + bytes(json) > max) continue // alone over the limit
    size += bytes(json) + (parts.length ? 1 : 0)
    parts.push(json)
    batch.push(event)
  }
  close()
  return chunks
}
