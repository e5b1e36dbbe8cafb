import { describe, expect, it } from 'vitest'
import { variantTemplates } from '../../src/share/variant-templates'

describe('variantTemplates', () => {
  it('leaves the widget’s copy to the control (an empty variant)', () => {
    expect(variantTemplates({ default: 'Hi {title}', x: '{title}' }, {})).toEqual({ default: 'Hi {title}', x: '{title}' })
  })

  it('lets a variant’s channel template win over the widget’s, keeping the rest', () => {
    expect(variantTemplates({ default: 'Hi {title}', x: '{title}' }, { x: 'New: {title}' })).toEqual({ default: 'Hi {title}', x: 'New: {title}' })
  })

  it('replaces the widget’s templates with a variant that has copy for every channel', () => {
    expect(variantTemplates({ x: '{title}', email: 'Look' }, { default: 'Treat yourself', whatsapp: 'Psst' })).toEqual({ default: 'Treat yourself', whatsapp: 'Psst' })
  })
})
