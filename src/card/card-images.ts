import type { Product } from '../types'
import type { Warn } from '../lib/warn'
import { loadLocale } from '../i18n/load-locale'
import { lazy } from '../lib/load-once'

const drawCode = lazy('card image', () => import('./draw-card'))
const qrCode = lazy('QR code', () => import('../qr/qr-path'))

/** The card image's default size: a link preview's 1.91:1. */
export const cardSize = { width: 1200, height: 630 }

/** What a widget's card image is drawn from, at the moment it is drawn. */
export interface CardImageSource {
  product: Product
  tag: string
  now: number
  threshold: number
  proxy?: string
}

/**
 * A widget's card images: drawn by a chunk that loads on first use (`draw`), drawn ahead for
 * the `image` channel so that a click can share the file within its gesture (`ahead`), and
 * saved as a download (`download`). `key` lists what the image shows: when one of its values
 * changes, the image drawn ahead is stale.
 */
export const cardImages = (doc: Document, root: ShadowRoot, warn: Warn, source: () => CardImageSource, key: () => unknown[]) => {
  let ahead: { key: unknown[]; file: Promise<File>; ready?: File } | undefined

  /** Draws the card at a size; with `link` (the Story), its QR code and the line beside it. */
  const draw = ({ width, height, link }: { width: number; height: number; link?: string } = cardSize): Promise<File> => {
    const { product, tag, now, threshold, proxy } = source()
    // A drawing code that could not load is warned about by its loader (SC305); a drawing that fails, here.
    // A QR encoder that cannot load (warned, SC305) leaves the Story without its code, not without a picture.
    return Promise.all([loadLocale(tag, warn), drawCode(warn), link ? qrCode(warn).catch(() => undefined) : undefined]).then(([table, { drawCard, cardImageData, fileName }, qr]) => {
      const data = cardImageData(product, table, { tag, now, threshold })
      if (link && qr) {
        // A link no QR code can hold: the Story without the code and the line that points to it.
        const code = qr.qrPath(link)
        if (code) Object.assign(data, { qr: code, scan: table.storyScan })
        else warn('SC316', link.slice(0, 60), link.length)
      }
      const onNoPhoto = (src: string) => warn('SC306', src.slice(0, 80))
      return drawCard(data, { width, height, document: doc, proxy, onNoPhoto })
        .then((blob) => new File([blob], fileName(product.title), { type: 'image/png' }))
        .catch((error) => {
          warn('SC309', error)
          throw error
        })
    })
  }

  /** The image drawn ahead, while it still shows what the widget does (and the default size's: no link). */
  const fresh = (now = [...key(), undefined]) => ahead?.key.every((value, i) => value === now[i]) ? ahead : undefined

  /**
   * Draws the image ahead (the default size, or `size`: the Story on phones), when the browser
   * is idle, unless a fresh one is at hand.
   */
  const drawAhead = (size?: { width: number; height: number; link?: string }) => {
    const now = [...key(), size?.link]
    if (fresh(now)) return fresh(now)!
    const win = doc.defaultView
    // Within a second even on a busy page, so the image is ready before most clicks.
    const idle = new Promise((done) => win?.requestIdleCallback ? win.requestIdleCallback(done, { timeout: 1000 }) : setTimeout(done, 200))
    const next: NonNullable<typeof ahead> = { key: now, file: idle.then(() => draw(size)) }
    next.file.then((file) => { next.ready = file }, () => { /* warned */ })
    return (ahead = next)
  }

  /** Saves the image: a download link, clicked inside the shadow root, then released. */
  const download = (file: File) => {
    const link = doc.createElement('a')
    link.download = file.name
    link.href = URL.createObjectURL(file)
    root.appendChild(link).click()
    link.remove()
    // Not at once: a browser may read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(link.href), 1000)
  }

  return { draw, ahead: drawAhead, fresh, download }
}
