// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { qrPath } from '../../src/qr/qr-path'

describe('qrPath', () => {
  it('draws a link as one path of dark rows on a square grid', () => {
    const code = qrPath('https://shop.example/p/1?utm_source=wechat')!
    expect(code.size).toBe(29)
    expect(code.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/)
  })

  it('draws the longest link the largest QR code holds (version 40: 177 modules)', () => {
    expect(qrPath('a'.repeat(2952))?.size).toBe(177)
  })

  it('gives no code, and throws nothing, for a link one byte longer', () => {
    expect(qrPath('a'.repeat(2953))).toBeUndefined()
  })

  it('counts bytes, not characters: 985 euro signs are 2,955 bytes', () => {
    expect(qrPath('€'.repeat(984))?.size).toBe(177)
    expect(qrPath('€'.repeat(985))).toBeUndefined()
  })
})
