// @ts-check
// Figures are kept per UTC day: a day is its number since 1970-01-01, so ranges compare as
// integers in any database.

const dayMs = 24 * 60 * 60 * 1000

/** @example dayOf(Date.UTC(2025, 0, 15, 12)) // 20103 @param {number} ts epoch ms */
export const dayOf = (ts) => Math.floor(ts / dayMs)

/**
 * A `YYYY-MM-DD` date (UTC) as a day number, or undefined when it is no real date.
 * @example parseDay('2025-01-15') // 20103
 * @param {string} text
 */
export const parseDay = (text) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return undefined
  const [year, month, day] = match.slice(1).map(Number)
  const ts = Date.UTC(year, month - 1, day)
  // Date.UTC rolls 2025-02-30 over into March: such a date does not exist.
  return new Date(ts).getUTCDate() === day && new Date(ts).getUTCMonth() === month - 1 ? dayOf(ts) : undefined
}
