import { describe, expect, it } from 'vitest'
import { optionRules } from '../../src/config/option-rules'
import { resolveOptions } from '../../src/config/resolve-options'
import { readCardOptions } from '../../src/card/card-options'

const collect = () => {
  const codes: string[] = []
  return { codes, warn: (code: string) => { codes.push(code) } }
}

describe('optionRules', () => {
  it('reads a locale, a moment and a count, and says SC108, SC104 and SC115 for what they are not', () => {
    const { codes, warn } = collect()
    expect(optionRules.locale('en-us', warn)).toBe('en-US')
    expect(optionRules.moment('2026-12-01T23:59:00+01:00', 'now', warn)).toBe(Date.UTC(2026, 11, 1, 22, 59))
    expect(optionRules.count('1,000', 'sold', warn)).toBe(1000)
    expect([optionRules.locale('not a tag!', warn), optionRules.moment('next friday', 'now', warn), optionRules.count('2.5', 'sold', warn)]).toEqual([undefined, undefined, undefined])
    expect(codes).toEqual(['SC108', 'SC104', 'SC115'])
  })

  it('is what the widget and the server card both apply: the same bad values, the same codes', () => {
    const widget = collect()
    resolveOptions({ locale: 'not a tag!', now: 'next friday', stockThreshold: '-1' }, document, widget.warn as never)
    const server: string[] = []
    readCardOptions({ locale: 'not a tag!', now: 'next friday', stockThreshold: '-1', onWarning: (message) => server.push(message.match(/SC\d+/)![0]) })
    expect([...widget.codes].sort()).toEqual(['SC104', 'SC108', 'SC115'])
    expect(server.sort()).toEqual([...widget.codes].sort())
  })
})
