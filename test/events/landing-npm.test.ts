import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ShareLandingEvent } from '../../src/types'
import { configure, on } from '../../src/runtime/api'

const happy = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM
const scid = 'V1StGXR8_Z5jdHi6B-myT'

afterEach(() => {
  vi.useRealTimers()
  happy.setURL('http://localhost:3000/')
})

describe('the npm module on a page opened through a shared link', () => {
  it('reports the landing once configure() is called, widget or not: a subscriber added right after gets it', async () => {
    vi.useFakeTimers()
    happy.setURL(`https://shop.example/c/lanterns?utm_source=whatsapp&scid=${scid}`)
    // An app that shows no widget on this page (a category page), but sends events.
    configure({ campaign: 'winter' })
    const seen: ShareLandingEvent[] = []
    on('share_landing', (event) => void seen.push(event))
    await vi.advanceTimersByTimeAsync(10)
    expect(seen.map((e) => [e.type, e.shareId, e.channel])).toEqual([['share_landing', scid, 'whatsapp']])
    expect(location.href).toBe('https://shop.example/c/lanterns?utm_source=whatsapp')
    // Configured again: still one landing for the page view.
    configure({ campaign: 'spring' })
    await vi.advanceTimersByTimeAsync(10)
    expect(seen).toHaveLength(1)
  })
})
