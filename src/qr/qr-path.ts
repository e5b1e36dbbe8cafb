import { generate } from 'lean-qr/nano'

/**
 * A QR code of `text` as one SVG path on a grid of `size` modules: each run of dark modules
 * in a row becomes one rectangle, which keeps the path short. Loaded lazily (WeChat only).
 */
export const qrPath = (text: string): { path: string; size: number } => {
  const code = generate(text)
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
