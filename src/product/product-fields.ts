import type { Product } from '../types'

/**
 * What one source (the merchant's input, JSON-LD, Open Graph, the document) says about the
 * product, before validation: values as the source wrote them, of any type. `resolveProduct`
 * validates every value and skips the invalid ones, so a reader never has to decide what is
 * valid.
 */
export type ProductFields = { [key in keyof Product]?: unknown }
