import { describe, expect, it, vi } from 'vitest'
import { shareUrl } from '../../src/share/share-url'
import { eventually } from '../env'

describe('shareUrl', () => {
  it('takes the channel and the data only: the environment is the global one', () => {
    expect(shareUrl.length).toBe(2)
    expect(shareUrl('whatsapp', { url: 'https://shop.example/p/1', text: 'Trail shoe' }))
      .toBe('https://wa.me/?text=Trail%20shoe%20https%3A%2F%2Fshop.example%2Fp%2F1')
  })

  it('prints a dropped field once, however often it is called', async () => {
    const printed = vi.spyOn(console, 'warn').mockImplementation(() => {})
    for (let i = 0; i < 3; i++) shareUrl('x', { url: 'https://shop.example/p/1', title: 'Trail shoe' })
    await eventually(() => expect(printed.mock.calls.map(([message]) => message)).toEqual(['[sharecue] SC403: x has no place for title; left out of its share URL']))
  })
})
