// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { checkDeadline } from '../../src/check/check-deadline'
import { testEnv } from '../env'
import { page } from './kit'

const now = Date.parse('2026-11-20T12:00:00Z')
const check = (head: string, body = '') => checkDeadline(testEnv({ document: page(head, body), now: () => now }).env)
const offer = (until: string) => `<script type="application/ld+json">{"@type":"Product","name":"x","offers":{"@type":"Offer","price":"9","priceCurrency":"EUR","priceValidUntil":"${until}"}}</script>`

describe('checkDeadline', () => {
  it('is ok when no deadline is set', () => {
    expect(check('')).toEqual({ code: 'deadline', level: 'ok', fix: '', message: 'No offer deadline is set, so the card shows no countdown.' })
  })

  it('is ok when the deadline is ahead', () => {
    expect(check(offer('2026-12-01T23:59:00+01:00'))).toMatchObject({ level: 'ok', message: 'The offer\'s deadline is ahead: the card counts down to it once 31 days or fewer are left, while the product is in stock.' })
  })

  it('warns when the JSON-LD offer\'s priceValidUntil has passed, saying what the card shows and where to fix it', () => {
    const found = check(offer('2026-11-01'))
    expect(found.level).toBe('warning')
    expect(found.message).toBe('The offer\'s deadline 2026-11-01 (the JSON-LD offer\'s priceValidUntil) has passed: the card shows the offer as ended, with no countdown.')
    expect(found.fix).toMatch(/^Update or remove the JSON-LD offer's priceValidUntil/)
  })

  it('warns about a target\'s data-deadline that has passed, naming the target', () => {
    const found = check(offer('2026-12-01'), '<div id="share" data-sharecue data-deadline="2026-11-19T23:59:00+01:00"></div>')
    expect(found.level).toBe('warning')
    expect(found.message).toContain('(data-deadline of <div id="share">)')
  })

  it('warns about a deadline the widget cannot read', () => {
    const found = check('', '<share-cue data-deadline="1 December"></share-cue>')
    expect(found.level).toBe('warning')
    expect(found.message).toBe('The deadline "1 December" (data-deadline of <share-cue>) is not a date the widget reads, so it is ignored and the card shows no countdown.')
    expect(found.fix).toMatch(/ISO 8601 with a UTC offset/)
  })

  it('counts a deadline at this very moment as passed', () => {
    expect(check('', '<div data-sharecue data-deadline="2026-11-20T12:00:00Z"></div>').level).toBe('warning')
  })
})
