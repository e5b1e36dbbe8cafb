import { layoutCard, textWidth, type CardImageData, type Op } from './card-layout'

// Loaded with the drawing, so the first script does not carry it.
export { cardImageData } from './card-image-data'

export interface DrawCardOptions {
  width: number
  height: number
  document: Document
  /** `imageProxy`: a URL template with `{url}`, through which a cross-origin photo is fetched. */
  proxy?: string
  /** Told the photo's URL when it cannot be drawn (it failed, or has no CORS): the card is drawn without it. */
  onNoPhoto?(src: string): void
}

/** Both kinds of canvas context have every method used here. */
type Context = CanvasRenderingContext2D
type Surface = HTMLCanvasElement | OffscreenCanvas
type Box = { x: number; y: number; w: number; h: number; r?: number }

/** How long the photo may take to arrive: past it the card is drawn without, as the shopper may be waiting. */
const photoMs = 5000

const font = (size: number, bold?: boolean) =>
  `${bold ? 700 : 400} ${size}px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif`

/** An OffscreenCanvas where the browser has one (no layout, no DOM), else a detached `<canvas>`. */
const surface = (doc: Document, width: number, height: number): [Surface, Context] => {
  const Offscreen = doc.defaultView?.OffscreenCanvas
  let canvas: Surface
  if (Offscreen) canvas = new Offscreen(width, height)
  else {
    canvas = doc.createElement('canvas')
    canvas.width = width
    canvas.height = height
  }
  const context = canvas.getContext('2d') as Context | null
  if (!context) throw new Error('this browser has no 2D canvas')
  return [canvas, context]
}

/**
 * The photo, loaded for canvas use (`crossOrigin`, so a photo without CORS fails here instead
 * of tainting the canvas, which could then not be exported); through `proxy` when it lives on
 * another origin. Undefined when it cannot be used.
 */
const loadPhoto = (src: string, doc: Document, proxy?: string): Promise<HTMLImageElement | undefined> => new Promise((done) => {
  const img = doc.createElement('img')
  const timer = setTimeout(done, photoMs)
  img.onload = () => {
    clearTimeout(timer)
    // A photo that would still taint the canvas (a browser that ignored crossOrigin) is left out.
    try {
      const [, probe] = surface(doc, 1, 1)
      probe.drawImage(img, 0, 0, 1, 1)
      probe.getImageData(0, 0, 1, 1)
    } catch {
      return done(undefined)
    }
    done(img)
  }
  img.onerror = () => {
    clearTimeout(timer)
    done(undefined)
  }
  img.crossOrigin = 'anonymous'
  img.src = proxy && new URL(src, doc.baseURI).origin !== new URL(doc.baseURI).origin
    ? proxy.replace('{url}', encodeURIComponent(src))
    : src
})

const path = (context: Context, { x, y, w, h, r }: Box) => {
  context.beginPath()
  if (r && context.roundRect) context.roundRect(x, y, w, h, r)
  else context.rect(x, y, w, h)
}

/** The photo scaled to cover its box, centred, the overflow cut off (CSS `object-fit: cover`). */
const cover = (context: Context, img: HTMLImageElement, box: Box) => {
  const { x, y, w, h } = box
  const iw = img.naturalWidth || w
  const ih = img.naturalHeight || h
  const scale = Math.max(w / iw, h / ih)
  context.save()
  path(context, box)
  context.clip()
  context.drawImage(img, (iw - w / scale) / 2, (ih - h / scale) / 2, w / scale, h / scale, x, y, w, h)
  context.restore()
}

const text = (context: Context, op: Extract<Op, { op: 'text' }>) => {
  context.font = font(op.size, op.bold)
  context.fillStyle = op.fill
  // `end` is the right edge in the layout, whatever the text direction.
  const end = op.anchor === 'end'
  context.textAlign = end ? 'right' : 'left'
  // The layout placed every text at its estimated width; a font that runs wider is squeezed
  // into it, so that the price never overlaps the original price, nor a title the edge.
  const room = textWidth(op.text, op.size, op.bold)
  context.fillText(op.text, op.x, op.y, room)
  if (op.strike) {
    const w = Math.min(context.measureText(op.text).width, room)
    context.fillRect(end ? op.x - w : op.x, op.y - op.size * 0.3, w, Math.max(1, op.size / 14))
  }
}

const png = (canvas: Surface): Promise<Blob> => 'convertToBlob' in canvas
  ? canvas.convertToBlob({ type: 'image/png' })
  : new Promise((done, fail) => canvas.toBlob((blob) => blob ? done(blob) : fail(new Error('the canvas gave no PNG')), 'image/png'))

/**
 * Draws the card image (`layoutCard`) on a canvas and returns it as a PNG. A photo that cannot
 * be used (it fails to load, or its server sends no CORS header) is left out, and `onNoPhoto`
 * is told: the card is drawn all the same.
 *
 * @example
 * const blob = await drawCard(cardImageData(product, locale, { tag: 'en', now: Date.now() }), { width: 1200, height: 630, document })
 */
export const drawCard = async (data: CardImageData, { width, height, document: doc, proxy, onNoPhoto }: DrawCardOptions): Promise<Blob> => {
  const photo = data.image ? await loadPhoto(data.image, doc, proxy) : undefined
  if (data.image && !photo) onNoPhoto?.(data.image)
  const [canvas, context] = surface(doc, width, height)
  if (data.rtl) context.direction = 'rtl'
  for (const op of layoutCard(data, width, height)) {
    if (op.op === 'text') text(context, op)
    else if (op.op === 'image') photo && cover(context, photo, op)
    else if (op.op === 'path') {
      // The QR code: one path on its module grid, scaled into its box.
      context.save()
      context.translate(op.x, op.y)
      context.scale(op.scale, op.scale)
      context.fillStyle = op.fill
      context.fill(new (doc.defaultView!.Path2D)(op.d))
      context.restore()
    } else {
      context.fillStyle = op.fill
      path(context, op)
      context.fill()
    }
  }
  return png(canvas)
}

/**
 * The image's file name: the title in ASCII letters, digits and hyphens, at most 60 of them,
 * else "product"; then `.png`.
 *
 * @example fileName('Café Crème, 250 g') // 'cafe-creme-250-g.png'
 */
export const fileName = (title: string): string =>
  // NFKD splits "é" into "e" and a combining accent (U+0300–U+036F), which is then dropped.
  (title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-/, '').slice(0, 60).replace(/-$/, '') || 'product') + '.png'
