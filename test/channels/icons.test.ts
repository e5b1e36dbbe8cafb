import { describe, it, expect } from 'vitest'
import * as simpleIcons from 'simple-icons'
import type { ChannelId } from '../../src/types'
import { registry, channelIds } from '../../src/channels/registry'
import { colors } from '../../src/channels/colors'

type Generator = {
  BRANDS: Record<string, string>
  compact: (d: string) => string
  parse: (d: string) => [string, ...number[]][]
}
// Plain JS outside the typed project: a specifier in a variable keeps TypeScript from looking for its types.
const script = '../../scripts/icons.js'
const { BRANDS, compact, parse } = (await import(/* @vite-ignore */ script)) as Generator

const handWritten: ChannelId[] = ['native', 'copy', 'email', 'sms', 'image', 'linkedin']
// Brand colours not taken from simple-icons, with the reason in the channel's file.
const ownColour: ChannelId[] = [...handWritten, 'hackernews']

const icon = (id: string) => (simpleIcons as unknown as Record<string, { path: string; hex: string }>)[BRANDS[id]!]!

describe('icons', () => {
  for (const id of channelIds) {
    it(`loads the ${registry[id].name} icon as SVG path data`, async () => {
      const { default: path } = await registry[id].icon()
      expect(path.length).toBeGreaterThan(20)
      expect(path).toMatch(/^[Mm]/)
      expect(path).toMatch(/^[MmZzLlHhVvCcSsQqTtAa0-9.,\s-]+$/)
    })
  }

  it('generates every brand icon from simple-icons and leaves the hand-written ones alone', () => {
    expect(Object.keys(BRANDS).sort()).toEqual(channelIds.filter((id) => !handWritten.includes(id)).sort())
  })

  for (const id of Object.keys(BRANDS) as ChannelId[]) {
    it(`keeps the ${registry[id].name} icon as scripts/icons.js makes it`, async () => {
      expect((await registry[id].icon()).default).toBe(compact(icon(id).path))
    })

    if (!ownColour.includes(id)) {
      it(`paints ${registry[id].name} in its simple-icons colour`, () => {
        expect(colors[id].toUpperCase()).toBe('#' + icon(id).hex.toUpperCase())
      })
    }
  }
})

describe('compact path data', () => {
  it('rounds to one decimal and drops leading zeros and needless separators', () => {
    expect(compact('M0.04 0.26 L 10.06 -0.54 C 1.21 1.25 1.5 1.5 2 2 Z')).toBe('m0 .3l10.1-.8C1.2 1.3 1.5 1.5 2 2z')
  })

  it('turns relative coordinates into rounded positions without drift', () => {
    // Ten steps of 0.14 end at 1.4; rounding each step to 0.1 would end at 1.0.
    const [command, x] = parse(compact('M0 0' + 'l0.14 0'.repeat(10))).at(-1)!
    expect(command).toBe('H')
    expect(x).toBeCloseTo(1.4, 9)
  })

  it('reads arc flags written without separators', () => {
    expect(compact('M0 0a1 1 0 01.5 2')).toBe('m0 0a1 1 0 01.5 2')
  })

  it('drops lines that rounding shrinks to a point', () => {
    expect(compact('M1 1l0.01 0.02L5 5')).toBe('m1 1l4 4')
  })
})
