import { dateFormat, numberFormat } from '../share/formats'

const day = 86_400_000
const hour = 3_600_000

/** `2 days`, `5 hours` in the locale, through Intl's unit formatting (no strings of ours). */
const unit = (value: number, name: 'day' | 'hour' | 'minute', locale: string) =>
  numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value)

/**
 * Time left, as a countdown shows it: days and hours while more than a day is left
 * ("2 days 5 hours"), then a ticking `hh:mm:ss`. Rounded down: never more time than there is.
 */
export const formatTimeLeft = (ms: number, locale: string): string => {
  if (ms >= day) {
    const days = Math.floor(ms / day)
    const hours = Math.floor((ms % day) / hour)
    return hours ? `${unit(days, 'day', locale)} ${unit(hours, 'hour', locale)}` : unit(days, 'day', locale)
  }
  const seconds = Math.max(0, Math.floor(ms / 1000))
  return [seconds / 3600, (seconds % 3600) / 60, seconds % 60].map((n) => String(Math.floor(n)).padStart(2, '0')).join(':')
}

/**
 * A deadline as a date and time in the locale, with its time zone: `1 Dec, 23:59 CET`. The
 * viewer's own time zone unless one is given (a server rendering an image for everyone).
 */
export const formatDeadline = (deadline: number, locale: string, timeZone?: string): string => {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone }
  try {
    return dateFormat(locale, options).format(deadline)
  } catch {
    return dateFormat(locale, { ...options, timeZone: 'UTC' }).format(deadline)
  }
}
