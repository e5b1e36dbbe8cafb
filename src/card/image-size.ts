/** Width and height of a PNG, JPEG, GIF or WebP, read from its header; undefined when unknown. */
export const imageSize = (b: Uint8Array): { width: number; height: number } | undefined => {
  const u16 = (at: number, little = false) => (little ? b[at]! | (b[at + 1]! << 8) : (b[at]! << 8) | b[at + 1]!)
  const u32 = (at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to))
  // PNG: the IHDR chunk comes first (https://www.w3.org/TR/png/#11IHDR)
  if (ascii(1, 4) === 'PNG' && ascii(12, 16) === 'IHDR') return { width: u32(16), height: u32(20) }
  // GIF: the logical screen, then each frame at most that
  if (ascii(0, 4) === 'GIF8') return { width: u16(6, true), height: u16(8, true) }
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') {
    const chunk = ascii(12, 16)
    // https://developers.google.com/speed/webp/docs/riff_container
    if (chunk === 'VP8X') return { width: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)), height: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)) }
    if (chunk === 'VP8 ') return { width: u16(26, true) & 0x3fff, height: u16(28, true) & 0x3fff }
    if (chunk === 'VP8L') {
      const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)
      return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) }
    }
    return undefined
  }
  // JPEG: walk the segments to the first start-of-frame (SOF0–SOF15 but DHT, JPG, DAC)
  if (b[0] === 0xff && b[1] === 0xd8) {
    for (let at = 2; at + 9 < b.length;) {
      if (b[at] !== 0xff) return undefined
      const marker = b[at + 1]!
      if (marker === 0xff) { at++; continue }
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: u16(at + 7), height: u16(at + 5) }
      }
      at += 2 + u16(at + 2)
    }
  }
  return undefined
}
