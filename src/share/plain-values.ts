import type { Product } from '../types'
import type { CopyValues } from './render-copy'

/**
 * The values share copy may name that need no formatting: no price, discount, date or stock, so
 * no `Intl` object is made. The script tag's first stage gives its links these (templates naming
 * the offer fall back to plain copy); `copyValues` adds the formatted offer to them.
 */
export const plainValues = ({ title, text, brand, sku }: Product): CopyValues => ({ title, text, brand, sku })
