import { cardImageData } from './card-image-data'
import { layoutCard } from './card-layout'
import { readCardOptions, type CardRenderOptions, type CardSettings } from './card-options'
import { cardFontFamily } from './fonts'
import { readCardInput, type CardInput } from './read-card-input'
import { renderSvg } from './render-svg'
import type { CardImageData } from './card-layout'
import { qrPath } from '../qr/qr-path'
import { formatError } from '../lib/errors'

/** The card's data and settings, read and checked once for either output. */
export const prepareCard = (input: CardInput, options?: CardRenderOptions): { card: CardImageData; settings: CardSettings } => {
  const settings = readCardOptions(options)
  const product = readCardInput(input, settings.warn)
  const { tag, locale, now, timeZone, threshold, story } = settings
  const card = cardImageData(product, locale, { tag, now, timeZone, threshold })
  // The Story: a QR code of its link (the product's, unless one was given) and the line beside
  // it; neither without a link, or for one no QR code can hold.
  const link = story === true ? product.url : story
  const qr = link && qrPath(link)
  if (qr) Object.assign(card, { qr, scan: locale.storyScan })
  else if (link) settings.warn(formatError('SC316', [link.slice(0, 60), link.length]))
  return { card, settings }
}

/** The SVG of a prepared card; `embedImage` gives the href the photo is drawn from. */
export const cardSvg = ({ card, settings }: ReturnType<typeof prepareCard>, embedImage?: (src: string) => string | undefined): string =>
  renderSvg(layoutCard(card, settings.width, settings.height), settings.width, settings.height, {
    fontFamily: cardFontFamily(settings.locale.tag), embedImage, lang: settings.locale.tag, label: card.title || undefined,
  })

/**
 * The preview card as an SVG document, the layout the widget draws in the browser: photo,
 * title, price, the original price struck through and the discount, low stock, and the
 * deadline as an absolute date and time ("Ends Dec 1, 11:59 PM GMT+1"), never a ticking
 * time, as link previews are cached. An `http(s)` photo is linked, so a browser opening the
 * SVG loads it (an `<img>` of the SVG does not: use a `data:` URL or the PNG for that).
 *
 * Never throws: invalid input is reported through `onWarning` and left out.
 *
 * @example
 * const svg = renderCardSvg({ url: 'https://shop.example/p/1', title: 'Trail shoe', price: 129, currency: 'EUR' },
 *   { locale: 'de', timeZone: 'Europe/Berlin' })
 */
export const renderCardSvg = (input: CardInput, options?: CardRenderOptions): string => cardSvg(prepareCard(input, options))
