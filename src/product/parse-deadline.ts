/**
 * `2026-12-01`, or a date-time with a UTC offset or `Z`, `2026-12-01T23:59:00+01:00`:
 * seconds and fractions optional; a space for the `T` as RFC 3339 allows; offsets as
 * `+01:00`, `+0100` or `+01`. Months, hours, minutes, seconds and offsets must be in range.
 * Years from 1000, as `Date.UTC` reads 0–99 as 1900–1999.
 */
const ISO = /^([1-9]\d{3})-(0[1-9]|1[0-2])-(\d\d)(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:[.,](\d+))?)?(?:Z|([+-])([01]\d|2[0-3]):?([0-5]\d)?))?$/i

/**
 * The end of an offer as epoch ms, from a `Date`, epoch ms, or an ISO 8601 string.
 *
 * A date-time must carry a UTC offset or `Z`: without one it means a different moment in
 * every time zone, so it is rejected rather than guessed.
 *
 * A plain date (`2026-12-01`) means the end of that day anywhere on Earth,
 * `2026-12-01T23:59:59.999-12:00`: the widget must never say an offer has ended while its
 * last day still runs for some shopper (https://en.wikipedia.org/wiki/Anywhere_on_Earth;
 * UTC−12, Baker Island, is the last time zone where a date still runs).
 *
 * Anything else, or a date that is not on the calendar (`2026-02-30`), gives `undefined`.
 *
 * @example parseDeadline('2026-12-01T23:59:00+01:00') // 1796165940000
 */
export const parseDeadline = (value: unknown): number | undefined => {
  if (value instanceof Date) value = value.getTime()
  // the range of a Date: ±100,000,000 days around 1970 (ECMA-262 §21.4.1.22); NaN fails too
  if (typeof value == 'number') return Math.abs(value) <= 8.64e15 ? value : undefined
  const m = typeof value == 'string' && ISO.exec(value.trim())
  if (!m) return
  const [, y, mo, d, h, mi, s = '0', fraction = '', sign, oh = '0', om = '0'] = m
  if (!h) return parseDeadline(`${y}-${mo}-${d}T23:59:59.999-12:00`)
  const time = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi!, +s, +(fraction + '00').slice(0, 3))
  // Date.UTC rolls 30 February over into March
  if (new Date(time).getUTCDate() === +d!) return time - (sign == '-' ? -1 : 1) * (+oh * 60 + +om) * 60e3
}
