// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { mountOptions } from '../../src/react/share-cue-options'

describe('mountOptions', () => {
  it('spreads product into the options, and a field given as its own prop wins', () => {
    expect(mountOptions({ product: { url: 'https://shop.example/p/1', title: 'Shoe', price: 20 }, price: 18, card: true }))
      .toEqual({ url: 'https://shop.example/p/1', title: 'Shoe', price: 18, card: true })
  })

  it('leaves out what is undefined, so that the product\'s field stays and update() falls back to the page', () => {
    expect(mountOptions({ product: { title: 'Shoe', stock: undefined }, title: undefined, channels: ['x'] }))
      .toEqual({ title: 'Shoe', channels: ['x'] })
  })

  it('passes no onEvent to mount()', () => {
    expect(mountOptions({ onEvent: () => {}, url: 'https://shop.example/p/1' })).toEqual({ url: 'https://shop.example/p/1' })
  })
})
