/**
 * The card as an image, laid out once for every renderer: the browser draws these operations
 * on a canvas (the `image` channel), the server writes them as SVG (link previews). Pure: no
 * DOM, no fonts; text widths are estimated the same way everywhere, so both wrap alike.
 */

/** What the image shows: every string already formatted, and never a ticking time (platforms cache images). */
export interface CardImageData {
  title: string
  brand?: string
  image?: string
  price?: string
  originalPrice?: string
  discount?: string
  /** "Ends 1 Dec, 23:59 CET", or "This offer has ended". */
  deadline?: string
  ended?: boolean
  /** "Only 3 left", "Sold out". */
  stock?: string
  /** The shop's host, shown small: where the link goes. */
  site?: string
  /** Right to left (Arabic). */
  rtl?: boolean
  /**
   * The Story format's QR code of the shared link (`qrPath`: one path on a grid of `size`
   * modules), and the line beside it ("Scan the code, or tap the link sticker").
   */
  qr?: { path: string; size: number }
  scan?: string
}

export type Op =
  | { op: 'rect'; x: number; y: number; w: number; h: number; fill: string; r?: number }
  | { op: 'image'; x: number; y: number; w: number; h: number; src: string; r?: number }
  | { op: 'text'; x: number; y: number; text: string; size: number; bold?: boolean; fill: string; strike?: boolean; anchor?: 'start' | 'end' }
  /** A path on a grid, drawn at (x, y), one grid unit `scale` pixels (the QR code). */
  | { op: 'path'; x: number; y: number; scale: number; d: string; fill: string }

export const colors = { paper: '#ffffff', ink: '#1f2328', muted: '#57606a', sale: '#b3261e', band: '#1f2328', bandInk: '#ffffff', photo: '#f1f3f4' }

/** Width of `text` at `size` px, estimated: CJK and full-width characters are one em, others narrower. */
export const textWidth = (text: string, size: number, bold = false): number => {
  let em = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    // Direction marks and isolates that Intl puts into Arabic prices take no room.
    if (code === 0x200e || code === 0x200f || code === 0x061c || (code >= 0x2066 && code <= 0x2069)) continue
    em += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60) || code >= 0x1f300)
      ? 1
      : char === ' ' ? 0.28 : /[A-Z0-9€$£¥%]/.test(char) ? 0.64 : /[iljtf.,:;'!|]/.test(char) ? 0.3 : 0.55
  }
  return em * size * (bold ? 1.06 : 1)
}

/** Lines of at most `width`, at most `lines` of them, the last one ending in "…" when cut. */
export const wrapText = (text: string, width: number, size: number, lines: number, bold = false): string[] => {
  const out: string[] = []
  // Break before spaces; a word wider than a line (CJK, a long code) between characters.
  const words = (text.match(/\s*\S+/g) ?? []).flatMap((word) => textWidth(word, size, bold) > width ? [...word] : [word])
  let line = ''
  for (const word of words) {
    const next = line + word
    if (textWidth(next, size, bold) <= width || !line.trim()) line = next
    else {
      out.push(line)
      line = word.trimStart()
    }
  }
  if (line) out.push(line)
  if (out.length <= lines) return out
  let last = out[lines - 1]!
  while (last && textWidth(last + '…', size, bold) > width) last = [...last].slice(0, -1).join('')
  return [...out.slice(0, lines - 1), last.trimEnd() + '…']
}

/** The Story format: a phone's full screen, 9:16. */
export const storySize = { width: 1080, height: 1920 }

/**
 * The operations that draw the card at `width` × `height`: landscape (1200×630, link
 * previews) puts the photo left of the text, square and portrait (1080×1080) above it, and a
 * tall card (the Story, 1080×1920) adds the QR code of the shared link at the bottom, with
 * the line that tells friends to scan it or use the link sticker.
 */
export const layoutCard = (card: CardImageData, width: number, height: number): Op[] => {
  const tall = height / width > 1.5
  // The Story keeps the portrait's text, larger, and puts the QR code below it.
  const qrBox = tall && card.qr ? Math.round(width * 0.3) : 0
  const ops = layoutBody(card, width, height, tall, qrBox)
  if (qrBox && card.qr) {
    const pad = Math.round(width * 0.06)
    const top = height - pad - qrBox - (card.site ? 40 * (width / 1000) : 0)
    const x = card.rtl ? width - pad - qrBox : pad
    ops.push({ op: 'rect', x, y: top, w: qrBox, h: qrBox, fill: colors.paper })
    // A quiet zone of four modules on each side, as scanners need.
    const scale = qrBox / (card.qr.size + 8)
    ops.push({ op: 'path', x: x + 4 * scale, y: top + 4 * scale, scale, d: card.qr.path, fill: colors.ink })
    if (card.scan) {
      const size = 34 * (width / 1000)
      const room = width - 3 * pad - qrBox
      const tx = card.rtl ? width - 2 * pad - qrBox : 2 * pad + qrBox
      wrapText(card.scan, room, size, 4, true).forEach((line, i) =>
        ops.push({ op: 'text', x: tx, y: top + size * 1.3 * (i + 1), text: line, size, bold: true, fill: colors.ink, anchor: card.rtl ? 'end' : 'start' }))
    }
  }
  return ops
}

const layoutBody = (card: CardImageData, width: number, height: number, tall: boolean, qrBox: number): Op[] => {
  const ops: Op[] = [{ op: 'rect', x: 0, y: 0, w: width, h: height, fill: colors.paper }]
  const landscape = width / height > 1.3
  // Sizes below are for a 1200×630 landscape; a square keeps them near that, scaled by width.
  const unit = landscape ? height / 630 : (tall ? 1.25 : 1) * width / 1000
  const pad = 44 * unit
  const photo = landscape
    ? { x: card.rtl ? width - height : 0, y: 0, w: height, h: height }
    : { x: 0, y: 0, w: width, h: Math.round(height * (tall ? 0.45 : 0.48)) }
  ops.push({ op: 'rect', ...photo, fill: colors.photo })
  if (card.image) ops.push({ op: 'image', ...photo, src: card.image })
  const left = landscape ? (card.rtl ? pad : photo.w + pad) : pad
  const right = landscape ? (card.rtl ? width - photo.w - pad : width - pad) : width - pad
  const textWidthMax = right - left
  const x = card.rtl ? right : left
  const anchor = card.rtl ? 'end' as const : 'start' as const
  let y = landscape ? pad + 20 * unit : photo.h + pad
  const text = (value: string, size: number, fill: string, bold = false, strike = false) => {
    y += size * 1.2
    ops.push({ op: 'text', x, y, text: value, size, fill, bold, strike, anchor })
  }
  if (card.brand) text(card.brand, 24 * unit, colors.muted, true)
  for (const line of wrapText(card.title, textWidthMax, 40 * unit, landscape || tall ? 3 : 2, true)) text(line, 40 * unit, colors.ink, true)
  y += 10 * unit
  if (card.price) {
    text(card.price, 52 * unit, colors.ink, true)
    const after = { size: 28 * unit, y }
    let offset = textWidth(card.price, 52 * unit, true) + 18 * unit
    // The original price and the badge go on their own line where they do not fit beside the price.
    const rest = (card.originalPrice ? textWidth(card.originalPrice, after.size) + 18 * unit : 0) +
      (card.discount ? textWidth(card.discount, after.size, true) + 20 * unit : 0)
    if (offset + rest > textWidthMax) {
      offset = 0
      y += after.size * 1.5
      after.y = y
    }
    if (card.originalPrice) {
      ops.push({ op: 'text', x: card.rtl ? x - offset : x + offset, y: after.y, text: card.originalPrice, size: after.size, fill: colors.muted, strike: true, anchor })
      offset += textWidth(card.originalPrice, after.size) + 18 * unit
    }
    if (card.discount) {
      const w = textWidth(card.discount, after.size, true) + 20 * unit
      const bx = card.rtl ? x - offset - w : x + offset
      ops.push({ op: 'rect', x: bx, y: after.y - after.size * 1.05, w, h: after.size * 1.4, fill: colors.sale, r: 6 * unit })
      ops.push({ op: 'text', x: bx + 10 * unit, y: after.y - after.size * 0.05, text: card.discount, size: after.size, fill: colors.bandInk, bold: true })
    }
  }
  if (card.stock) {
    y += 8 * unit
    text(card.stock, 28 * unit, card.stock && !card.ended ? colors.sale : colors.muted, true)
  }
  if (card.deadline) {
    const h = 64 * unit
    // Above the Story's QR code, else at the bottom.
    const top = Math.max(y + 24 * unit, height - pad - h - (card.site ? 40 * unit : 0) - (qrBox ? qrBox + pad : 0))
    ops.push({ op: 'rect', x: left, y: top, w: textWidthMax, h, fill: card.ended ? colors.photo : colors.band, r: 12 * unit })
    ops.push({ op: 'text', x: card.rtl ? right - 20 * unit : left + 20 * unit, y: top + h / 2 + 10 * unit, text: card.deadline, size: 28 * unit, fill: card.ended ? colors.muted : colors.bandInk, bold: true, anchor })
  }
  if (card.site) ops.push({ op: 'text', x, y: height - pad + 6 * unit, text: card.site, size: 22 * unit, fill: colors.muted, anchor })
  return ops
}
