import { describe, expect, it } from 'vitest'
import { shareUrl } from '../../src/share/share-url'

describe('shareUrl', () => {
  it('takes the channel and the data only: the environment is the global one', () => {
    expect(shareUrl.length).toBe(2)
    expect(shareUrl('whatsapp', { url: 'https://shop.example/p/1', text: 'Trail shoe' }))
      .toBe('https://wa.me/?text=Trail%20shoe%20https%3A%2F%2Fshop.example%2Fp%2F1')
  })
})
