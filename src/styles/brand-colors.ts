/** Relative luminance of `#rrggbb` (WCAG 2.2, definition of relative luminance). */
const luminance = (rgb: number[]): number => {
  const [r, g, b] = rgb.map((c) => (c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

const hex = (rgb: number[]): string => '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')

/**
 * A brand colour as a control's background and the text colour on it, both meeting WCAG AA
 * (4.5:1): light brands (Qzone's yellow) keep their colour under near-black text; the others get
 * white text and are darkened just enough for it (WhatsApp's green by a few shades).
 */
export const brandColors = (color: string): [background: string, text: string] => {
  let rgb = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
  if (luminance(rgb) > 0.45) return [color, '#111']
  // White's contrast is 1.05 / (L + 0.05); 4.5:1 needs L <= 0.1833.
  while (luminance(rgb) > 0.1833) rgb = rgb.map((c) => c * 0.95)
  return [hex(rgb), '#fff']
}
