import { formatError } from '../lib/errors'
import type { CardRenderOptions } from './card-options'
import { fetchPhoto } from './fetch-photo'
import { loadFonts } from './fonts'
import { loadResvg } from './load-resvg'
import type { CardInput } from './read-card-input'
import { cardSvg, prepareCard } from './render-card-svg'

/** Options of `renderCardPng`: those of `renderCardSvg`, and how the photo and fonts are found. */
export interface PngOptions extends CardRenderOptions {
  /** Fetches an `http(s)` photo (3 s, 5 MiB, `image/*` at most). Default: the global `fetch`. */
  fetch?: typeof fetch
  /** The folder of the font files (a path or `file:` URL). Default: the package's own `fonts/`. */
  fonts?: string | URL
}

/**
 * The card as a PNG, drawn by resvg from the same SVG that `renderCardSvg` gives, with the
 * photo fetched and embedded (resvg cannot fetch). A photo that fails is left out, with a
 * warning; the rest of the card is drawn all the same.
 */
export const renderPng = async (input: CardInput, options: PngOptions | undefined, shippedFonts: URL): Promise<Uint8Array> => {
  const { Resvg } = await loadResvg()
  const prepared = prepareCard(input, options)
  const { card, settings } = prepared
  let photo = card.image?.startsWith('data:') ? card.image : undefined
  if (card.image && !photo) {
    try {
      photo = await fetchPhoto(card.image, options?.fetch)
    } catch (error) {
      settings.warn(formatError('SC310', [card.image, (error as Error)?.message ?? error]))
    }
  }
  const svg = cardSvg(prepared, (src) => src === card.image ? photo : undefined)
  const fontBuffers = await loadFonts(options?.fonts ?? shippedFonts, svg)
  const resvg = new Resvg(svg, {
    font: { fontBuffers, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
    fitTo: { mode: 'original' },
  })
  try {
    const image = resvg.render()
    try {
      return image.asPng()
    } finally {
      image.free()
    }
  } finally {
    resvg.free()
  }
}
