import { describe, expect, it } from 'vitest'
import { errors, formatError, type ErrorCode } from '../../src/lib/errors'
import { createWarn } from '../../src/lib/warn'
import { eventually } from '../env'

describe('errors', () => {
  it.each(Object.keys(errors) as ErrorCode[])('%s reads "[sharecue] SC<number>: …"', (code) => {
    expect(formatError(code, ['a', 'b', 'c'])).toMatch(/^\[sharecue\] SC\d{3}: \S/)
    expect(formatError(code, ['a', 'b', 'c'])).not.toMatch(/\{\d\}/)
  })
})

describe('createWarn', () => {
  it('says each distinct problem once', async () => {
    const said: string[] = []
    const warn = createWarn({ warn: (message) => said.push(message) })
    warn('SC101', 'nope')
    warn('SC101', 'nope')
    warn('SC101', 'other')
    await eventually(() => expect(said).toEqual([
      '[sharecue] SC101: unknown channel "nope" ignored; see ShareCue.channels',
      '[sharecue] SC101: unknown channel "other" ignored; see ShareCue.channels',
    ]))
  })

  it('survives a console that throws', async () => {
    let calls = 0
    const warn = createWarn({ warn: () => { calls++; throw new Error('broken console') } })
    expect(() => warn('SC201', 'null')).not.toThrow()
    await eventually(() => expect(calls).toBe(1))
  })
})
