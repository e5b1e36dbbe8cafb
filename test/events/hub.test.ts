import { describe, expect, it } from 'vitest'
import { createHub } from '../../src/events/hub'
import { createEvent } from '../../src/events/create-event'
import type { ShareEvent } from '../../src/types'

// Every type with the same fields: the hub routes by `type` alone.
const event = (type: ShareEvent['type']) => createEvent(type, { channel: 'x' } as never, 1_700_000_000_000, 'https://shop.example/p')

describe('createHub', () => {
  it('hands subscribers the events of their type, and "*" every event', () => {
    const { on, emit } = createHub(() => {})
    const clicks: string[] = []
    const all: string[] = []
    const off1 = on('share_click', (e) => clicks.push(e.type))
    const off2 = on('*', (e) => all.push(e.type))
    emit(event('share_click'))
    emit(event('share_complete'))
    off1(); off2()
    expect(clicks).toEqual(['share_click'])
    expect(all).toEqual(['share_click', 'share_complete'])
  })

  it('stops after unsubscribing', () => {
    const { on, emit } = createHub(() => {})
    const seen: string[] = []
    const off = on('*', (e) => seen.push(e.id))
    off()
    emit(event('share_click'))
    expect(seen).toEqual([])
  })

  it('reports a throwing subscriber with SC401 and still serves the others', () => {
    const codes: string[] = []
    const { on, emit } = createHub((code) => { codes.push(code) })
    const seen: string[] = []
    on('share_click', () => { throw new Error('bad handler') })
    on('share_click', (e) => seen.push(e.type))
    emit(event('share_click'))
    expect(codes).toEqual(['SC401'])
    expect(seen).toEqual(['share_click'])
  })

  it('keeps each window apart: a subscriber of one hub hears nothing of another', () => {
    const a = createHub(() => {})
    const b = createHub(() => {})
    const seen: string[] = []
    a.on('*', (e) => seen.push(e.type))
    b.emit(event('share_click'))
    expect(seen).toEqual([])
  })

  it('reports the page without its fragment and private-looking parameters, keeping its attribution', () => {
    const page = 'https://shop.example/p?variant=2&session=s&email=a%40b.example&utm_source=x&scid=V1StGXR8_Z5jdHi6B-myT#access_token=t'
    expect(createEvent('share_landing', { shareId: 'V1StGXR8_Z5jdHi6B-myT' }, 0, page).page).toBe('https://shop.example/p?variant=2&utm_source=x&scid=V1StGXR8_Z5jdHi6B-myT')
  })
})
