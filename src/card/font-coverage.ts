/**
 * The characters a TrueType/OpenType font has glyphs for, read from its `cmap` table
 * (formats 4 and 12, which every Unicode font has): ranges of code points.
 * https://learn.microsoft.com/en-us/typography/opentype/spec/cmap
 *
 * @example fontCoverage(bytes)(0x4e2d) // true when the font draws 中
 */
export const fontCoverage = (font: Uint8Array): ((codePoint: number) => boolean) => {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength)
  const ranges: [number, number][] = []
  const tables = view.getUint16(4)
  let cmap = -1
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16
    if (view.getUint32(record) === 0x636d6170) cmap = view.getUint32(record + 8) // 'cmap'
  }
  if (cmap < 0) return () => false
  const subtables = view.getUint16(cmap + 2)
  for (let i = 0; i < subtables; i++) {
    const at = cmap + view.getUint32(cmap + 4 + i * 8 + 4)
    const format = view.getUint16(at)
    if (format === 12) {
      const groups = view.getUint32(at + 12)
      for (let g = 0; g < groups; g++) ranges.push([view.getUint32(at + 16 + g * 12), view.getUint32(at + 20 + g * 12)])
    } else if (format === 4) {
      const segments = view.getUint16(at + 6) / 2
      const ends = at + 14
      const starts = ends + segments * 2 + 2
      const deltas = starts + segments * 2
      const offsets = deltas + segments * 2
      for (let s = 0; s < segments; s++) {
        const start = view.getUint16(starts + s * 2)
        const end = view.getUint16(ends + s * 2)
        if (start === 0xffff) continue
        const offset = view.getUint16(offsets + s * 2)
        if (!offset) {
          ranges.push([start, end])
          continue
        }
        // Glyphs looked up in an array: a 0 there is "no glyph" even inside the segment.
        for (let c = start; c <= end; c++) {
          if (view.getUint16(offsets + s * 2 + offset + (c - start) * 2)) ranges.push([c, c])
        }
      }
    }
  }
  return (codePoint) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to)
}
