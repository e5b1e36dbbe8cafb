import { dateFormat, numberFormat } from '../share/formats'

const day = 86_400_000
const hour = 3_600_000

/** `2 days`, `5 hours` in the locale, through Intl's unit formatting (no strings of ours). */
const unit = (value: number, name: 'day' | 'hour' | 'minute', locale: string) =>
  numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value)

/**
 * Time left, as a countdown shows it: days and hours while more than a day is left
 * ("2 days, 5 hours"), then a ticking `hh:mm:ss`. Rounded down: never more time than there is.
 */
export const formatTimeLeft = (ms: number, locale: string): string => {
  if (ms >= day) {
    const days = unit(Math.floor(ms / day), 'day', locale)
    const hours = Math.floor((ms % day) / hour)
    // Joined as the locale joins units ("2天5小时", "يومان و5 ساعات"), as Intl.DurationFormat
    // does; Node 20, which renders cards on servers, has no DurationFormat.
    return hours ? new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format([days, unit(hours, 'hour', locale)]) : days
  }
  const seconds = Math.max(0, Math.floor(ms / 1000))
  // In the locale's digits, as its prices are (ar-EG: ٠٤:١٢:٠٩).
  const two = numberFormat(locale, { minimumIntegerDigits: 2 })
  return [seconds / 3600, (seconds % 3600) / 60, seconds % 60].map((n) => two.format(Math.floor(n))).join(':')
}

/**
 * A deadline as a date and time in the locale, with its time zone: `1 Dec, 23:59 CET`. The
 * viewer's own time zone unless one is given (a server rendering an image for everyone).
 * The hour is `numeric`, so the locale's own pattern decides on padding: "09:05" in de, "9:05" in
 * ja, "9:05 AM" in en (`2-digit` would force "09:05 AM").
 */
export const formatDeadline = (deadline: number, locale: string, timeZone?: string): string => {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone }
  try {
    return dateFormat(locale, options).format(deadline)
  } catch {
    return dateFormat(locale, { ...options, timeZone: 'UTC' }).format(deadline)
  }
}
