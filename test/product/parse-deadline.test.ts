import { describe, expect, it } from 'vitest'
import { parseDeadline } from '../../src/product/parse-deadline'

describe('parseDeadline', () => {
  it.each([
    ['2026-12-01T23:59:00+01:00', Date.UTC(2026, 11, 1, 22, 59)],
    ['2026-12-01T23:59:00-05:30', Date.UTC(2026, 11, 2, 5, 29)],
    ['2026-12-01T23:59:00Z', Date.UTC(2026, 11, 1, 23, 59)],
    ['2026-12-01T23:59Z', Date.UTC(2026, 11, 1, 23, 59)],
    ['2026-12-01T23:59:30.5Z', Date.UTC(2026, 11, 1, 23, 59, 30, 500)],
    ['2026-12-01T23:59:30.123456+00:00', Date.UTC(2026, 11, 1, 23, 59, 30, 123)],
    ['2026-12-01 23:59:00+0100', Date.UTC(2026, 11, 1, 22, 59)],
    ['2026-12-01T23:59:00+01', Date.UTC(2026, 11, 1, 22, 59)],
    ['  2026-12-01T23:59:00z  ', Date.UTC(2026, 11, 1, 23, 59)],
    ['2028-02-29T12:00:00Z', Date.UTC(2028, 1, 29, 12)],
  ])('reads the date-time %j with its offset', (text, time) => {
    expect(parseDeadline(text)).toBe(time)
  })

  it('reads a plain date as the end of that day anywhere on Earth (UTC-12)', () => {
    expect(parseDeadline('2026-12-01')).toBe(Date.parse('2026-12-01T23:59:59.999-12:00'))
    expect(parseDeadline('2026-12-01')).toBe(Date.UTC(2026, 11, 2, 11, 59, 59, 999))
  })

  it('keeps a plain date running until its last time zone has finished it', () => {
    const end = parseDeadline('2026-12-01')!
    // Baker Island (UTC-12) is still on 1 December one millisecond before the end
    expect(new Date(end - 12 * 3600e3).toISOString()).toBe('2026-12-01T23:59:59.999Z')
    // while Kiritimati (UTC+14) has long been on 2 December
    expect(new Date(end + 14 * 3600e3).toISOString().slice(0, 10)).toBe('2026-12-03')
  })

  it('passes epoch milliseconds through', () => {
    expect(parseDeadline(1796165940000)).toBe(1796165940000)
  })

  it('reads a Date', () => {
    expect(parseDeadline(new Date('2026-12-01T23:59:00+01:00'))).toBe(1796165940000)
  })

  it.each([
    ['a date-time without an offset', '2026-12-01T23:59:00'],
    ['a date-time without seconds or offset', '2026-12-01T23:59'],
    ['30 February', '2026-02-30'],
    ['29 February of a common year', '2026-02-29T12:00:00Z'],
    ['month 13', '2026-13-01'],
    ['day 0', '2026-12-00'],
    ['hour 24', '2026-12-01T24:00:00Z'],
    ['minute 60', '2026-12-01T23:60:00Z'],
    ['second 60', '2026-12-01T23:59:60Z'],
    ['an offset of 24 hours', '2026-12-01T23:59:00+24:00'],
    ['an offset with minute 60', '2026-12-01T23:59:00+01:60'],
    ['a plain date with Z', '2026-12-01Z'],
    ['a date without dashes', '20261201'],
    ['an English date', 'December 1, 2026'],
    ['a short year', '26-12-01'],
    ['an empty string', ''],
    ['an invalid Date', new Date('nope')],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a number beyond the Date range', 8.64e15 + 1],
    ['an object', { time: 1 }],
    ['an array', ['2026-12-01']],
    ['null', null],
    ['a boolean', true],
    ['spaces inside', '2026-12-01T23:59:00' + ' '.repeat(60) + 'Z'],
    ['a year before 1000', '0999-12-01'],
    ['month 00', '2026-00-10'],
    ['day 32', '2026-12-32'],
  ])('rejects %s', (_, value) => {
    expect(parseDeadline(value)).toBeUndefined()
  })
})
