import { describe, expect, it } from 'vitest'
import { channels, shareUrl } from '../../src/index'

describe('the exported channels list', () => {
  it('cannot be emptied or changed by a page or an app, which would make shareUrl() refuse every channel', () => {
    const list = channels as unknown as string[]
    expect(() => { list.length = 0 }).toThrow(TypeError)
    expect(() => list.push('myspace')).toThrow(TypeError)
    expect(channels).toHaveLength(27)
    expect(shareUrl('x', { url: 'https://shop.example/p/1' })).toMatch(/^https:\/\/x\.com\/intent\/tweet\?/)
  })
})
