import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { version } from '../src/version'

describe('version', () => {
  it('is the version in package.json', () => {
    expect(version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
})
