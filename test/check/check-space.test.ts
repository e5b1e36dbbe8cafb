// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { checkSpace } from '../../src/check/check-space'

/**
 * A target as the widget leaves it: a shadow root with the painted widget, `height` px tall
 * (happy-dom lays nothing out, so the height is given), the page's own `style`.
 */
const target = (height: number, { id = '', style = '', painted = true } = {}) => {
  const el = document.createElement('div')
  el.setAttribute('data-sharecue', '')
  if (id) el.id = id
  el.setAttribute('style', style)
  if (painted) el.attachShadow({ mode: 'open' }).append(document.createElement('div'))
  el.getBoundingClientRect = () => ({ height, width: 600, x: 0, y: 0, top: 0, left: 0, right: 600, bottom: height, toJSON: () => ({}) })
  document.body.append(el)
  return el
}

afterEach(() => { document.body.innerHTML = '' })

describe('checkSpace', () => {
  it('is ok when every painted widget fits the height its page reserves', () => {
    target(40, { style: 'min-height: 40px' })
    target(88, { style: 'min-height: 88px' })
    expect(checkSpace(document)).toEqual({ code: 'space', level: 'ok', fix: '', message: 'Every painted widget fits its reserved height (2).' })
  })

  it('warns about each widget taller than its min-height, with the min-height it needs at this width', () => {
    target(88, { id: 'share', style: 'min-height: 40px' })
    target(88)
    target(40, { style: 'min-height: 40px' })
    const found = checkSpace(document)
    expect(found.level).toBe('warning')
    expect(found.message).toMatch(/^2 of 3 widgets are taller than their reserved height/)
    expect(found.fix).toContain('#share { min-height: 88px }, widget 2 { min-height: 88px }')
  })

  it('leaves out targets not painted, not shown, or out of the flow, which move nothing', () => {
    target(88, { painted: false })
    target(0)
    target(88, { style: 'position: absolute' })
    expect(checkSpace(document)).toMatchObject({ level: 'ok', message: 'Every painted widget fits its reserved height (1).' })
  })

  it('is ok on a page with no widget painted yet', () => {
    expect(checkSpace(document)).toMatchObject({ level: 'ok', message: 'Every painted widget fits its reserved height (0).' })
  })
})
