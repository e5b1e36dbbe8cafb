// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { checkJsonLd } from '../../src/check/check-json-ld'
import { page } from './kit'

const block = (json: string) => `<script type="application/ld+json">${json}</script>`

describe('checkJsonLd', () => {
  it('is ok when a schema.org Product is in JSON-LD, naming it', () => {
    const found = checkJsonLd(page(block('{"@context":"https://schema.org","@type":"Product","name":"Field Lantern"}')))
    expect(found).toEqual({ code: 'json-ld', level: 'ok', fix: '', message: 'The page describes its product "Field Lantern" as a schema.org Product in JSON-LD.' })
  })

  it('finds the Product inside @graph', () => {
    expect(checkJsonLd(page(block('{"@graph":[{"@type":"WebPage"},{"@type":"Product","name":"x"}]}'))).level).toBe('ok')
  })

  it('warns, with an example block, when the page has no Product', () => {
    const found = checkJsonLd(page(block('{"@type":"Organization","name":"Shop"}')))
    expect(found.level).toBe('warning')
    expect(found.message).toMatch(/^The page has no schema.org Product in JSON-LD/)
    expect(found.fix).toContain('"@type":"Product"')
  })

  it('is an error when a block is not valid JSON and none holds a Product', () => {
    const found = checkJsonLd(page(block('{"@type":"Product",}')))
    expect(found.level).toBe('error')
    expect(found.message).toMatch(/is not valid JSON \(/)
    expect(found.fix).toMatch(/^Fix the JSON of that block/)
  })
})
