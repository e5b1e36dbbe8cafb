/** The range of a JavaScript Date: ±100,000,000 days around 1970 (ECMA-262 §21.4.1.22). */
const MAX_TIME = 8.64e15

/** `2026-12-01`: a calendar date, as schema.org `priceValidUntil` usually is. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * `2026-12-01T23:59:00+01:00`: a date-time with a UTC offset or `Z`; seconds and fractions
 * optional; a space for the `T` as RFC 3339 allows; offsets as `+01:00`, `+0100` or `+01`.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2})?)$/

/** Twelve hours: UTC−12 (Baker Island) is the last time zone on Earth where a date still runs. */
const AOE_OFFSET = 12 * 3600e3

/** Epoch ms of a UTC date and time, or undefined unless it is a real one (no 30 February). */
const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number | undefined => {
  if (h > 23 || mi > 59 || s > 59) return undefined
  const date = new Date(0)
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999
  date.setUTCFullYear(y, mo - 1, d)
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined
  date.setUTCHours(h, mi, s, ms)
  return date.getTime()
}

const inRange = (time: number | undefined): number | undefined =>
  time !== undefined && Number.isFinite(time) && Math.abs(time) <= MAX_TIME ? time + 0 : undefined

/**
 * The end of an offer as epoch ms, from a `Date`, epoch ms, or an ISO 8601 string.
 *
 * A date-time must carry a UTC offset or `Z`: without one it means a different moment in
 * every time zone, so it is rejected rather than guessed.
 *
 * A plain date (`2026-12-01`) means the end of that day anywhere on Earth,
 * `2026-12-01T23:59:59.999-12:00`: the widget must never say an offer has ended while its
 * last day still runs for some shopper (https://en.wikipedia.org/wiki/Anywhere_on_Earth).
 *
 * Anything else, or a date that is not on the calendar (`2026-02-30`), gives `undefined`.
 *
 * @example parseDeadline('2026-12-01T23:59:00+01:00') // 1796165940000
 */
export const parseDeadline = (value: unknown): number | undefined => {
  if (typeof value === 'number') return inRange(value)
  if (typeof value === 'object' && value !== null) {
    try {
      // Works for a Date of any realm (an iframe's too); throws for anything else
      return inRange(Date.prototype.getTime.call(value))
    } catch {
      return undefined
    }
  }
  if (typeof value !== 'string' || value.length > 64) return undefined
  const text = value.trim()
  const date = DATE.exec(text)
  if (date) {
    const end = utc(+date[1]!, +date[2]!, +date[3]!, 23, 59, 59, 999)
    return inRange(end === undefined ? end : end + AOE_OFFSET)
  }
  const m = DATE_TIME.exec(text)
  if (!m) return undefined
  const [, y, mo, d, h, mi, s = '0', fraction = '', z, sign, oh, om = '0'] = m
  if (!z && (+oh! > 23 || +om > 59)) return undefined
  const time = utc(+y!, +mo!, +d!, +h!, +mi!, +s, +(fraction + '00').slice(0, 3))
  const offset = z ? 0 : (sign === '-' ? -1 : 1) * (+oh! * 60 + +om) * 60e3
  return inRange(time === undefined ? time : time - offset)
}
