/**
 * What one page source (JSON-LD, Open Graph, the document) says about the product, before
 * validation: strings and numbers as the page wrote them. `resolveProduct` validates every
 * value and skips the invalid ones, so a reader never has to decide what is valid.
 */
export interface ProductFields {
  url?: string
  title?: string
  text?: string
  image?: string
  price?: string | number
  currency?: string
  originalPrice?: string | number
  /** A date string as the page wrote it (`priceValidUntil`). */
  deadline?: string | number
  stock?: string | number
  sku?: string
  brand?: string
}
