import { describe, expect, it } from 'vitest'
import { readAttributes } from '../../src/config/read-attributes'

const element = (html: string) => {
  const box = document.createElement('div')
  box.innerHTML = html
  return box.firstElementChild!
}

describe('readAttributes', () => {
  it('reads every contract attribute in camelCase', () => {
    const options = readAttributes(element(`<div data-channels="x,copy" data-url="https://s.example/p" data-title="T"
      data-text="D" data-image="https://s.example/i.png" data-price="19.99" data-currency="EUR"
      data-original-price="29.99" data-deadline="2026-12-01T23:59:00+01:00" data-stock="3" data-card="true"
      data-locale="de" data-campaign="bf"></div>`))
    expect(options).toEqual({
      channels: 'x,copy', url: 'https://s.example/p', title: 'T', text: 'D', image: 'https://s.example/i.png',
      price: '19.99', currency: 'EUR', originalPrice: '29.99', deadline: '2026-12-01T23:59:00+01:00', stock: '3',
      card: 'true', locale: 'de', campaign: 'bf',
    })
  })

  it('reads A/B copy from data-variant-<name> and data-variant-<name>-<channel>; an empty one is the control', () => {
    const options = readAttributes(element(`<div data-variant-a="" data-variant-b="Look: {title}"
      data-variant-b-x="{title} for {price}" data-variant-c-hackernews="{title}" data-variant="b"></div>`))
    expect(options.variants).toEqual({ a: {}, b: { default: 'Look: {title}', x: '{title} for {price}' }, c: { hackernews: '{title}' } })
    expect(options.variant).toBe('b')
    expect(Object.keys(options)).toEqual(['variant', 'variants'])
  })

  it('reads share copy per channel from data-template-<channel>', () => {
    const options = readAttributes(element('<div data-template="{title}!" data-template-x="On X: {title}"></div>'))
    expect(options.templates).toEqual({ default: '{title}!', x: 'On X: {title}' })
  })

  it('reads nothing from an element without attributes', () => {
    expect(readAttributes(element('<share-cue></share-cue>'))).toEqual({})
  })
})
