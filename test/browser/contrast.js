/**
 * The contrast ratio of two CSS colours as Chromium computes them (`rgb(…)`, `rgba(…)`), by
 * WCAG 2.2's relative luminance: 4.5 for text, 3 for icons and focus rings.
 * @param {string} a @param {string} b @returns {number}
 */
export const contrast = (a, b) => {
  /** @param {string} rgb */
  const lum = (rgb) => {
    const [r, g, bl] = /** @type {RegExpMatchArray} */ (rgb.match(/[\d.]+/g)).slice(0, 3).map((c) => (c = +c / 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}
