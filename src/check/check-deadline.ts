import type { Env } from '../env'
import { readJsonLd } from '../product/read-json-ld'
import { parseDeadline } from '../product/parse-deadline'
import { finding, type Finding } from './finding'

/**
 * Whether the offer deadlines the page gives, the JSON-LD offer's `priceValidUntil` and each
 * target's `data-deadline`, are dates still ahead. A passed deadline makes the card say the
 * offer ended, and a search engine may drop the price; an unreadable one is ignored.
 *
 * @example checkDeadline(env).level // 'warning' when priceValidUntil has passed
 */
export const checkDeadline = (env: Env): Finding => {
  const doc = env.document
  const given: [where: string, value: unknown][] = [['the JSON-LD offer\'s priceValidUntil', readJsonLd(doc, () => {}).deadline]]
  for (const el of doc.querySelectorAll('[data-sharecue],share-cue')) {
    const where = `data-deadline of <${el.localName}${el.id ? ` id="${el.id}"` : ''}>`
    given.push([where, el.getAttribute('data-deadline') ?? undefined])
  }
  const now = env.now()
  const problems: Finding[] = []
  let ahead = 0
  for (const [where, value] of given) {
    if (value == null || value === '') continue
    const time = parseDeadline(value)
    if (time == null) {
      problems.push(finding('deadline', 'warning', `The deadline "${String(value)}" (${where}) is not a date the widget reads, so it is ignored and the card shows no countdown.`,
        'Write it as ISO 8601 with a UTC offset, e.g. 2026-12-01T23:59:00+01:00, or as a plain date (2026-12-01).'))
    } else if (time <= now) {
      problems.push(finding('deadline', 'warning', `The offer's deadline ${String(value)} (${where}) has passed: the card shows the offer as ended, with no countdown.`,
        `Update or remove ${where}: an offer that still runs needs a deadline ahead (ISO 8601 with a UTC offset, e.g. 2026-12-01T23:59:00+01:00).`))
    } else ahead++
  }
  if (problems.length) return problems[0]!
  return ahead
    ? finding('deadline', 'ok', `The offer's deadline is ahead: the card counts down to it once 31 days or fewer are left, while the product is in stock.`)
    : finding('deadline', 'ok', 'No offer deadline is set, so the card shows no countdown.')
}
