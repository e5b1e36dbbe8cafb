// Photos the server card's tests fetch or are given: a 1×1 PNG, and a PNG header that claims
// any size (a decompression bomb in a few kilobytes).
import { deflateSync } from 'node:zlib'

/** A 1×1 PNG. */
export const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

/** A PNG header claiming `width` × `height` (RGBA), with a little compressed data after it. */
export const pngHeader = (width: number, height: number) => {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 6, 0, 0, 0], 8)
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8)
    head.writeUInt32BE(data.length, 0)
    head.write(type, 4, 'latin1')
    return Buffer.concat([head, data, Buffer.alloc(4)])
  }
  // Rows of zeros compress to almost nothing: this is how a small file claims gigabytes.
  return Buffer.concat([pixel.subarray(0, 8), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(1 << 20))), chunk('IEND', Buffer.alloc(0))])
}
