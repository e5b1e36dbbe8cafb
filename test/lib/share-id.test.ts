import { describe, expect, it } from 'vitest'
import { shareId } from '../../src/lib/share-id'

describe('shareId', () => {
  it('makes 21 characters of A-Za-z0-9_-, all different, across many refills of its random pool', () => {
    const ids = Array.from({ length: 5000 }, shareId)
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{21}$/)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('uses every character about equally often', () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 3000; i++) for (const char of shareId()) counts.set(char, (counts.get(char) ?? 0) + 1)
    expect(counts.size).toBe(64)
    // 63,000 characters: about 984 each; 6 standard deviations (about 186) either side.
    for (const n of counts.values()) expect(Math.abs(n - 63_000 / 64)).toBeLessThan(190)
  })
})
