import { generate } from 'lean-qr/nano'

/**
 * A QR code of `text` as one SVG path on a grid of `size` modules: each run of dark modules
 * in a row becomes one rectangle, which keeps the path short. Loaded lazily (WeChat, the Story).
 * `undefined` where no QR code can hold the text (about 2,950 bytes, version 40): lean-qr
 * knows the limit and throws.
 */
export const qrPath = (text: string): { path: string; size: number } | undefined => {
  let code
  try {
    code = generate(text)
  } catch {
    return
  }
  const size = code.size
  let path = ''
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!code.get(x, y)) continue
      let end = x
      while (end + 1 < size && code.get(end + 1, y)) end++
      path += `M${x} ${y}h${end - x + 1}v1h${x - end - 1}z`
      x = end
    }
  }
  return { path, size }
}
