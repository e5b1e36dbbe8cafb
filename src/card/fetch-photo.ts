/** How long a photo may take, headers and body: a link preview that waits longer is often dropped by the crawler. */
const timeout = 3000
/** The largest photo fetched: 5 MiB is far more than a product photo needs at 1200 px. */
const maxBytes = 5 * 1024 * 1024

/** The image formats resvg draws, told by their first bytes, whatever the server claims. */
const formats: [string, (bytes: Uint8Array, head: string, type: string) => boolean][] = [
  ['image/png', (_, head) => head.startsWith('\x89PNG\r\n\x1A\n')],
  ['image/jpeg', (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff],
  ['image/gif', (_, head) => head.startsWith('GIF8')],
  ['image/webp', (_, head) => head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP'],
  // text: only when served as SVG, so an HTML error page sent as image/png is not taken for one
  ['image/svg+xml', (_, head, type) => type === 'image/svg+xml' && /^(\xEF\xBB\xBF)?\s*</.test(head)],
]

/** Bytes as base64, in slices, as spreading megabytes into one call overflows the stack. */
const base64 = (bytes: Uint8Array): string => {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/**
 * A product photo as a `data:` URL, for a renderer that cannot fetch (resvg): at most 5 MiB,
 * answered within 3 s, served as `image/*` and in a format resvg draws (PNG, JPEG, GIF, WebP,
 * SVG). Rejects with the reason otherwise.
 *
 * @example const href = await fetchPhoto('https://shop.example/p/1.jpg')
 */
export const fetchPhoto = async (url: string, fetcher: typeof fetch = fetch): Promise<string> => {
  const response = await fetcher(url, { signal: AbortSignal.timeout(timeout), headers: { accept: 'image/*' } })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const type = response.headers.get('content-type')?.split(';')[0]!.trim().toLowerCase() ?? ''
  if (!type.startsWith('image/')) throw new Error(`served as ${type || 'no content type'}, not as an image`)
  if (Number(response.headers.get('content-length')) > maxBytes) throw new Error('larger than 5 MiB')
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body!.getReader()
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.length
    if (size > maxBytes) {
      await reader.cancel()
      throw new Error('larger than 5 MiB')
    }
    chunks.push(chunk.value)
  }
  const bytes = new Uint8Array(size)
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.length), 0)
  const head = String.fromCharCode(...bytes.subarray(0, 16))
  const format = formats.find(([, test]) => test(bytes, head, type))?.[0]
  if (!format) throw new Error('not a PNG, JPEG, GIF, WebP or SVG image')
  return `data:${format};base64,${base64(bytes)}`
}
