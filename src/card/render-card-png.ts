import { formatError } from '../lib/errors'
import type { CardRenderOptions } from './card-options'
import { fetchPhoto } from './fetch-photo'
import { fontUrl, fontUrls, missingGlyphs } from './fonts'
import { loadResvg } from './load-resvg'
import type { FetchPhoto } from './photo-fetcher'
import type { CardInput } from './read-card-input'
import { cardSvg, prepareCard } from './render-card-svg'
import { renderInWorker } from './render-pool'

/** Options of `renderCardPng`: those of `renderCardSvg`, and how the photo and fonts are found. */
export interface PngOptions extends CardRenderOptions {
  /**
   * Fetches the photo instead of the default, which refuses loopback, private, link-local
   * and metadata addresses (`photoFetcher()`; make one with `allow` for a photo server on
   * your own network). Its answer is still checked: `image/*`, a known format, 16 megapixels at most.
   */
  fetchPhoto?: FetchPhoto | undefined
  /** A `fetch` used as it is, with no address checks: the caller vouches for where it goes. Prefer `fetchPhoto`. */
  fetch?: typeof fetch | undefined
  /** The folder of the font files (a path or `file:` URL). Default: that of `@sharecue/og-fonts`, where installed. */
  fonts?: string | URL | undefined
  /**
   * More font files (paths or `file:` URLs) for scripts the shipped fonts lack (Japanese, Korean,
   * Devanagari…), tried after them; without `@sharecue/og-fonts` and `fonts`, the only ones.
   */
  fontFiles?: (string | URL)[] | undefined
  /** Milliseconds a render may take before it is stopped and the promise rejects. Default 10 000. */
  renderTimeout?: number | undefined
}

/** Long enough for a 4096 × 4096 card on a slow machine; a render that takes longer is stuck. */
const defaultRenderTimeout = 10_000

/**
 * The card as a PNG, drawn by resvg in a worker thread from the same SVG that
 * `renderCardSvg` gives, with the photo fetched and embedded (resvg cannot fetch). A photo
 * that fails is left out, and characters no font has are named, each with a warning; the
 * rest of the card is drawn all the same.
 */
export const renderPng = async (input: CardInput, options: PngOptions | undefined, shippedFonts: () => URL | undefined): Promise<Uint8Array> => {
  // Here, so that a missing peer dependency is said plainly before any work.
  await loadResvg()
  const fonts = options?.fonts ?? shippedFonts()
  const fontFiles = (options?.fontFiles ?? []).map(fontUrl)
  // A card without fonts would be drawn without text: refused, saying what to install.
  if (!fonts && !fontFiles.length) throw new Error(formatError('SC314'))
  const prepared = prepareCard(input, options)
  const { card, settings } = prepared
  let photo: string | undefined
  if (card.image) {
    try {
      photo = await fetchPhoto(card.image, { fetchPhoto: options?.fetchPhoto, fetch: options?.fetch })
    } catch (error) {
      settings.warn(formatError('SC310', [card.image.startsWith('data:') ? card.image.slice(0, 80) + '…' : card.image, (error as Error)?.message ?? error]))
    }
  }
  const svg = cardSvg(prepared, (src) => src === card.image ? photo : undefined)
  const urls = [...(fonts ? fontUrls(fonts, svg) : []), ...fontFiles]
  const texts = [card.title, card.brand, card.price, card.originalPrice, card.discount, card.deadline, card.stock, card.site]
  const missing = await missingGlyphs(texts.filter((text): text is string => !!text), urls)
  if (missing.length) settings.warn(formatError('SC313', [missing.slice(0, 20).join(' ')]))
  const timeout = options?.renderTimeout
  // setTimeout fires at once past 2^31 - 1 ms
  return renderInWorker(svg, urls.map((url) => url.href), typeof timeout == 'number' && timeout > 0 ? Math.min(timeout, 2 ** 31 - 1) : defaultRenderTimeout)
}
