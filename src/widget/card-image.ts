import type { CardImageSize } from '../types'
import type { Warn } from '../lib/warn'
import type { Locale } from '../i18n/locale'
import { offer } from '../product/offer'
import { cardImages, cardSize } from '../card/card-images'
import { storySize } from '../card/card-layout'
import type { WidgetState } from './resolve-widget'

/**
 * A widget's card images: drawn ahead for the `image` channel (again when what the card shows
 * changes: the product, the options, the locale, the offer ending), and at any size through
 * `image(size)` (the widget's `cardImage()`).
 */
export const cardImage = (root: ShadowRoot, warn: Warn, state: () => WidgetState, clock: () => number, locale: () => Locale | undefined, storyLink: () => string, phone: () => boolean) => {
  const source = () => {
    const { product, options } = state()
    return { product, options, tag: options.locale, now: clock(), threshold: options.threshold, proxy: options.imageProxy }
  }
  const images = cardImages(root.ownerDocument, root, warn, source, () => {
    const { product, options, now, threshold } = source()
    return [product, options, locale(), offer(product, now, threshold).ended]
  })
  return {
    ...images,
    /** The image the `image` channel shares, drawn ahead: on phones the Story, with the QR code of its link. */
    ahead: () => images.ahead(phone() ? { ...storySize, link: storyLink() } : undefined),
    image(size?: CardImageSize | 'story'): Promise<Blob> {
      // The Story: 1080×1920 with the QR code of the link the image channel shares.
      if (size === 'story') return images.draw({ ...storySize, link: storyLink() })
      const { width, height } = size ?? cardSize
      // 200: below it the text cannot be read; 2400: twice a link preview's width, a canvas
      // (23 MB) that phones still allow.
      if (![width, height].every((n) => Number.isInteger(n) && n >= 200 && n <= 2400)) {
        warn('SC308', width, height)
        return Promise.reject(new RangeError('cardImage(): width and height must be whole pixels from 200 to 2400'))
      }
      const made = width == cardSize.width && height == cardSize.height && images.fresh()
      return made ? made.file : images.draw({ width, height })
    },
  }
}
