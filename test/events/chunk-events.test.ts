import { describe, expect, it } from 'vitest'
import { chunkEvents, maxBody } from '../../src/events/chunk-events'
import type { ShareEvent } from '../../src/types'

const event = (n: number, pad = 0): ShareEvent => ({ id: `id${String(n).padStart(19, '0')}`, type: 'share_click', ts: 1, page: 'https://s.example/' + 'p'.repeat(pad) }) as ShareEvent // only the size matters here
const bytes = (text: string) => new TextEncoder().encode(text).length

describe('chunkEvents', () => {
  it('puts a few events in one contract body', () => {
    const [chunk, ...rest] = chunkEvents([event(1), event(2)])
    expect(rest).toEqual([])
    expect(JSON.parse(chunk!.body)).toEqual({ v: 1, events: [event(1), event(2)] })
  })

  it('splits events into bodies of at most 64 KiB, in order, losing none', () => {
    const events = Array.from({ length: 400 }, (_, n) => event(n, 500))
    const chunks = chunkEvents(events)
    expect(chunks.length).toBeGreaterThan(2)
    for (const chunk of chunks) expect(bytes(chunk.body)).toBeLessThanOrEqual(maxBody)
    expect(chunks.flatMap((chunk) => JSON.parse(chunk.body).events)).toEqual(events)
  })

  it('counts UTF-8 bytes, not characters', () => {
    const events = Array.from({ length: 100 }, (_, n) => ({ ...event(n), page: 'https://s.example/' + '限'.repeat(400) }))
    for (const chunk of chunkEvents(events)) expect(bytes(chunk.body)).toBeLessThanOrEqual(maxBody)
  })

  it('reports events a full queue dropped in the first body only', () => {
    const chunks = chunkEvents(Array.from({ length: 300 }, (_, n) => event(n, 500)), 7)
    expect(JSON.parse(chunks[0]!.body).dropped).toBe(7)
    expect(JSON.parse(chunks[1]!.body).dropped).toBeUndefined()
  })

  it('leaves out an event too large for any body', () => {
    const chunks = chunkEvents([event(1), event(2, 70_000), event(3)])
    expect(chunks.flatMap((chunk) => chunk.events.map((e) => e.id))).toEqual([event(1).id, event(3).id])
  })

  it('reports dropped in the first body even when the oldest event is too large to send', () => {
    const huge = { ...event(1), product: { url: 'https://shop.example/p', title: 'x'.repeat(70_000) } } as ShareEvent
    const small = event(2)
    const chunks = chunkEvents([huge, small], 7)
    expect(chunks).toHaveLength(1)
    expect(JSON.parse(chunks[0]!.body).dropped).toBe(7)
  })
})
