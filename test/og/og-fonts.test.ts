// @vitest-environment node
// The card's fonts live in @sharecue/og-fonts, apart from sharecue: found where installed,
// replaceable by the caller's, and said plainly when there are none.
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findOgFonts } from '../../src/card/find-og-fonts'
import { renderPng } from '../../src/card/render-card-png'
import type { CardInput } from '../../src/og'

const now = Date.UTC(2026, 10, 20, 12)
const card: CardInput = { url: 'https://shop.example/p/1', title: 'Trail shoe', price: 129, currency: 'EUR' }
const inter = fileURLToPath(new URL('../../packages/og-fonts/Inter-Bold.ttf', import.meta.url))
/** A module in a folder with no node_modules above it that holds the fonts package. */
const elsewhere = pathToFileURL(join(tmpdir(), 'no-fonts-here', 'server.js')).href

describe('the fonts package', () => {
  it('is found from this repository, where the workspace links it', () => {
    const folder = findOgFonts(import.meta.url)
    expect(folder?.href).toMatch(/\/$/)
    for (const file of ['Inter-Regular.ttf', 'Inter-Bold.ttf', 'NotoSansSC-Bold.ttf', 'LICENSE-Inter.txt']) {
      expect(existsSync(new URL(file, folder)), file).toBe(true)
    }
  })

  it('is undefined where it is not installed', () => {
    expect(findOgFonts(elsewhere)).toBeUndefined()
  })

  it('missing, with no fonts given, makes renderCardPng reject with SC314, naming the package', async () => {
    await expect(renderPng(card, { now }, () => findOgFonts(elsewhere)))
      .rejects.toThrow('[sharecue] SC314: no fonts for the PNG: install @sharecue/og-fonts')
  })

  it('missing, the fontFiles given are used alone', async () => {
    const png = await renderPng(card, { now, fontFiles: [inter], onWarning: () => {} }, () => findOgFonts(elsewhere))
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]) // "PNG"
  })
})
