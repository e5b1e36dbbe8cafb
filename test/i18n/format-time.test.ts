import { describe, expect, it } from 'vitest'
import { formatDeadline, formatTimeLeft } from '../../src/i18n/format-time'

const second = 1000
const hour = 3_600_000
const day = 24 * hour

describe('formatTimeLeft', () => {
  it('says days and hours while more than a day is left', () => {
    expect(formatTimeLeft(2 * day + 5 * hour + 59 * 60 * second, 'en')).toBe('2 days, 5 hours')
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

  // Each as a native speaker writes it, checked by hand, not copied from a run.
  it.each([
    ['zh-CN', '2天5小时'], // no spaces in Chinese
    ['ja', '2 日 5 時間'],
    ['es', '2 días y 5 horas'],
    ['pt-BR', '2 dias e 5 horas'],
    ['fr', '2\u00a0jours et 5\u00a0heures'], // a no-break space binds number and unit
    ['de', '2 Tage, 5 Stunden'],
    ['ru', '2 дня 5 часов'], // the genitive plural after 5
    ['ar', 'يومان و5 ساعات'], // the dual for two days, joined by "and"
    ['hi', '2 दिन और 5 घंटे'],
  ])('joins days and hours as %s does: %s', (tag, expected) => {
    expect(formatTimeLeft(2 * day + 5 * hour, tag)).toBe(expected)
  })

  it('ticks in the locale’s digits', () => {
    expect(formatTimeLeft(4 * hour + 12 * 60 * second + 9 * second, 'ar-EG')).toBe('٠٤:١٢:٠٩')
    expect(formatTimeLeft(4 * hour + 12 * 60 * second + 9 * second, 'hi')).toBe('04:12:09')
  })
})

describe('formatDeadline', () => {
  const deadline = Date.parse('2026-12-01T23:59:00+01:00')

  it('writes the date and time in the given time zone, with the zone', () => {
    expect(formatDeadline(deadline, 'en-GB', 'Europe/Berlin')).toBe('1 Dec, 23:59 CET')
    expect(formatDeadline(deadline, 'en-US', 'America/New_York')).toBe('Dec 1, 5:59 PM EST')
  })

  it('keeps each locale’s clock: 12-hour without a leading zero, 24-hour as the locale pads it', () => {
    const morning = Date.parse('2026-12-01T09:05:00Z')
    expect(formatDeadline(morning, 'en', 'UTC')).toBe('Dec 1, 9:05 AM UTC')
    expect(formatDeadline(morning, 'hi', 'UTC')).toBe('1 दिस॰, 9:05 am UTC')
    expect(formatDeadline(morning, 'ja', 'UTC')).toBe('12月1日 9:05 UTC')
    expect(formatDeadline(morning, 'de', 'UTC')).toBe('1. Dez., 09:05 UTC')
    expect(formatDeadline(morning + 12 * hour, 'ja', 'UTC')).toBe('12月1日 21:05 UTC')
  })

  it('crosses daylight saving time correctly', () => {
    expect(formatDeadline(Date.parse('2026-03-29T01:30:00Z'), 'en-GB', 'Europe/Berlin')).toBe('29 Mar, 03:30 CEST')
  })

  it('falls back to UTC for a time zone it does not know', () => {
    expect(formatDeadline(deadline, 'en-GB', 'Mars/Olympus')).toBe('1 Dec, 22:59 UTC')
  })
})
