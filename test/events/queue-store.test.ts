import { describe, expect, it } from 'vitest'
import { bound, maxChars, maxEvents, readQueue, writeQueue } from '../../src/events/queue-store'
import type { ShareEvent } from '../../src/types'
import { MemoryStorage } from './fake-env'

const event = (n: number, pad = 0): ShareEvent => ({ id: `e${n}`, type: 'share_click', ts: n, page: 'https://s.example/' + 'x'.repeat(pad) }) as ShareEvent // only the size matters here

describe('queue store', () => {
  it('keeps at most 500 events, dropping the oldest and counting them', () => {
    const queue = bound({ events: Array.from({ length: 620 }, (_, n) => event(n)), dropped: 3 })
    expect(queue.events).toHaveLength(maxEvents)
    expect(queue.events[0]!.id).toBe('e120')
    expect(queue.dropped).toBe(123)
  })

  it('keeps at most 256 KiB of JSON', () => {
    const queue = bound({ events: Array.from({ length: 300 }, (_, n) => event(n, 2000)), dropped: 0 })
    expect(JSON.stringify(queue.events).length).toBeLessThanOrEqual(maxChars)
    expect(queue.dropped + queue.events.length).toBe(300)
    expect(queue.events.at(-1)!.id).toBe('e299')
  })

  it('reads back what it wrote, and nothing from garbage', () => {
    const storage = new MemoryStorage()
    writeQueue(storage, { events: [event(1)], dropped: 2 })
    expect(readQueue(storage)).toEqual({ events: [event(1)], dropped: 2 })
    storage.setItem('sharecue:queue', '{not json')
    expect(readQueue(storage)).toEqual({ events: [], dropped: 0 })
    storage.setItem('sharecue:queue', '{"events":[null,{"id":"ok"},{"x":1}],"dropped":"2"}')
    expect(readQueue(storage)).toEqual({ events: [{ id: 'ok' }], dropped: 2 })
  })

  it('removes the key once the queue is empty', () => {
    const storage = new MemoryStorage()
    writeQueue(storage, { events: [event(1)], dropped: 0 })
    writeQueue(storage, { events: [], dropped: 0 })
    expect(storage.length).toBe(0)
  })
})
