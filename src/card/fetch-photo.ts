import { imageSize } from './image-size'
import { photoFetcher, type FetchPhoto, type Photo } from './photo-fetcher'

/** How long a photo may take, headers and body: a link preview that waits longer is often dropped by the crawler. */
const timeout = 3000
/** The largest photo fetched: 5 MiB is far more than a product photo needs at 1200 px. */
const maxBytes = 5 * 1024 * 1024
/**
 * The most pixels a photo may have: 16 megapixels (4096 × 4096) is far more than a card
 * draws; decoding is what costs (a 757 KiB PNG of 256 megapixels blocked 6.5 s and took
 * 1.9 GB), so the size is read from the header and a larger photo is never decoded.
 */
export const maxPixels = 16 * 1024 * 1024

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

/** A `fetch` as a photo fetch: no address checks, the caller vouches for it. */
const throughFetch = (fetcher: typeof fetch): FetchPhoto => async (url, signal) => {
  const response = await fetcher(url, { signal, headers: { accept: 'image/*' } })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  if (Number(response.headers.get('content-length')) > maxBytes) throw new Error('larger than 5 MiB')
  // Read up to 5 MiB: a body of no length, or one fetch inflates (gzip bomb), is not read whole.
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body?.getReader()
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    size += chunk.value.length
    if (size > maxBytes) {
      void reader!.cancel().catch(() => {})
      throw new Error('larger than 5 MiB')
    }
    chunks.push(chunk.value)
  }
  const bytes = new Uint8Array(size)
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.length), 0)
  return { bytes, type: response.headers.get('content-type') ?? undefined }
}

/** Where a photo comes from: the `fetchPhoto` given, a `fetch` given, or the guarded default. */
export interface PhotoSource { fetchPhoto?: FetchPhoto; fetch?: typeof fetch }

let guarded: FetchPhoto | undefined

/**
 * A product photo as a `data:` URL, for a renderer that cannot fetch (resvg): answered within
 * 3 s, served as `image/*`, in a format resvg draws (PNG, JPEG, GIF, WebP, SVG) and of at
 * most 16 megapixels. Fetched by `fetchPhoto` when given, else by `photoFetcher()`, which
 * refuses private and metadata addresses. Rejects with the reason otherwise.
 *
 * @example const href = await fetchPhoto('https://shop.example/p/1.jpg')
 */
export const fetchPhoto = async (url: string, source: PhotoSource = {}): Promise<string> => {
  // A data: photo is read by Node's own fetch (no network) and checked all the same.
  const fetcher = url.startsWith('data:') ? throughFetch(fetch) : source.fetchPhoto ?? (source.fetch ? throughFetch(source.fetch) : (guarded ??= photoFetcher({ maxBytes })))
  const signal = AbortSignal.timeout(timeout)
  // The time-out holds even for a fetch that ignores its signal.
  const { bytes, type: served = '' }: Photo = await new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
    fetcher(url, signal).then(resolve, reject)
  })
  const type = served.split(';')[0]!.trim().toLowerCase()
  if (!type.startsWith('image/')) throw new Error(`served as ${type || 'no content type'}, not as an image`)
  const head = String.fromCharCode(...bytes.subarray(0, 16))
  const format = formats.find(([, test]) => test(bytes, head, type))?.[0]
  if (!format) throw new Error('not a PNG, JPEG, GIF, WebP or SVG image')
  const size = imageSize(bytes)
  if (size && size.width * size.height > maxPixels) throw new Error(`${size.width} × ${size.height} pixels, more than 16 megapixels`)
  if (!size && format !== 'image/svg+xml') throw new Error('its size cannot be read from its header')
  return `data:${format};base64,${base64(bytes)}`
}
