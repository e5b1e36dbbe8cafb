import { dateFormat } from './formats'
import { formatDeadline } from './format-time'

/**
 * A card image's deadline: `formatDeadline`, and the year when it is not the year of `now`
 * (`Jan 15, 2027, 12:00 PM UTC`), as a cached link preview is seen for months. Apart from
 * `formatDeadline`, which the widget's own bundle carries, so that only the card image's
 * chunk and `sharecue/og` pay for it.
 */
export const formatCardDeadline = (deadline: number, locale: string, now: number, timeZone?: string): string => {
  try {
    const year = (moment: number) => dateFormat('en', { year: 'numeric', timeZone }).format(moment)
    if (year(now) !== year(deadline)) {
      return dateFormat(locale, { year: 'numeric', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone }).format(deadline)
    }
  } catch { /* an unknown time zone: formatDeadline writes it in UTC */ }
  return formatDeadline(deadline, locale, timeZone)
}
