/**
 * `sharecue/og`: the preview card on a server (Node 20.19+), for `og:image` link previews.
 * `renderCardSvg` needs nothing; `renderCardPng` needs the optional peer dependency
 * `@resvg/resvg-wasm` and fonts: those of `@sharecue/og-fonts`, or your own (`fonts`, `fontFiles`).
 */
import type { CardInput } from './card/read-card-input'
import { renderPng, type PngOptions } from './card/render-card-png'
import { findOgFonts } from './card/find-og-fonts'

export { renderCardSvg } from './card/render-card-svg'
export type { CardInput } from './card/read-card-input'
export type { CardRenderOptions } from './card/card-options'
export type { PngOptions } from './card/render-card-png'
export { photoFetcher, type FetchPhoto, type Photo, type PhotoFetcherOptions } from './card/photo-fetcher'
export { isPublicAddress } from './card/public-address'

/** The fonts package, looked up at each render: installing it needs no restart. */
const shippedFonts = () => findOgFonts(import.meta.url)

/**
 * The preview card as a PNG (`Uint8Array`), 1200 × 630 unless asked otherwise: the SVG of
 * `renderCardSvg` drawn by @resvg/resvg-wasm, with the shipped fonts and the product photo
 * fetched and embedded. A photo that cannot be had is left out with a warning. Rejects only
 * when @resvg/resvg-wasm is not installed, or when no fonts are found: install
 * `@sharecue/og-fonts` beside sharecue, or pass `fonts` or `fontFiles` (SC314).
 *
 * @example
 * import { renderCardPng } from 'sharecue/og'
 * const png = await renderCardPng(
 *   { url: 'https://shop.example/p/1', title: 'Trail shoe', image: 'https://shop.example/p/1.jpg', price: 129, originalPrice: 159, currency: 'EUR', deadline: '2026-12-01T23:59:00+01:00', stock: 3 },
 *   { locale: 'en', timeZone: 'Europe/Berlin' },
 * )
 */
export const renderCardPng = (input: CardInput, options?: PngOptions): Promise<Uint8Array> => renderPng(input, options, shippedFonts)
