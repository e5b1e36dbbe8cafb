import { describe, expect, it } from 'vitest'
import { formatDeadline, formatTimeLeft } from '../../src/card/format-time'

const second = 1000
const hour = 3_600_000
const day = 24 * hour

describe('formatTimeLeft', () => {
  it('says days and hours while more than a day is left', () => {
    expect(formatTimeLeft(2 * day + 5 * hour + 59 * 60 * second, 'en')).toBe('2 days 5 hours')
    expect(formatTimeLeft(day, 'en')).toBe('1 day')
  })

  it('ticks hh:mm:ss in the last day, rounding down', () => {
    expect(formatTimeLeft(day - 1, 'en')).toBe('23:59:59')
    expect(formatTimeLeft(hour + 999, 'en')).toBe('01:00:00')
    expect(formatTimeLeft(999, 'en')).toBe('00:00:00')
  })

  it('speaks the locale', () => {
    expect(formatTimeLeft(2 * day, 'de')).toBe('2 Tage')
    expect(formatTimeLeft(3 * day + hour, 'zh-CN')).toMatch(/3.*天.*1.*小时/)
  })
})

describe('formatDeadline', () => {
  const deadline = Date.parse('2026-12-01T23:59:00+01:00')

  it('writes the date and time in the given time zone, with the zone', () => {
    expect(formatDeadline(deadline, 'en-GB', 'Europe/Berlin')).toBe('1 Dec, 23:59 CET')
    expect(formatDeadline(deadline, 'en-US', 'America/New_York')).toBe('Dec 1, 05:59 PM EST')
  })

  it('crosses daylight saving time correctly', () => {
    expect(formatDeadline(Date.parse('2026-03-29T01:30:00Z'), 'en-GB', 'Europe/Berlin')).toBe('29 Mar, 03:30 CEST')
  })

  it('falls back to UTC for a time zone it does not know', () => {
    expect(formatDeadline(deadline, 'en-GB', 'Mars/Olympus')).toBe('1 Dec, 22:59 UTC')
  })
})
