import type { MountOptions, Product } from '../types'
import { formatError } from '../lib/errors'
import { resolveFields } from '../product/resolve-product'
import { safeUrl } from '../product/safe-url'

/**
 * The product a server card shows: the product fields of `mount()` options (numbers or
 * strings, as there), and a brand. `image` may also be a `data:` URL of an image.
 */
export type CardInput = Pick<MountOptions, 'url' | 'title' | 'image' | 'price' | 'currency' | 'originalPrice' | 'deadline' | 'stock'> & {
  brand?: string | undefined
}

/** A `data:` URL of an image: a merchant's server may inline its own photo (the demo does). */
const DATA_IMAGE = /^data:image\/[a-z0-9.+-]+(;[a-z0-9=.+-]+)*,/i

/** A photo: http(s), or a data: URL of an image. */
const photo = (value: unknown): string | undefined =>
  typeof value == 'string' && DATA_IMAGE.test(value.trim()) ? value.trim() : safeUrl(value)

/**
 * The product from a server's input, each field validated as the widget validates its
 * options (`resolveFields`): an invalid value is left out with one coded warning
 * (`[sharecue] SC103: price "free" is not a number; …`), blank strings count as missing,
 * text is cleaned and capped. Never throws.
 *
 * @example readCardInput({ title: 'Trail shoe', price: '129,00' }, console.warn).price // 129
 */
export const readCardInput = (input: unknown, warn: (message: string) => void): Product => {
  const fields: Record<string, unknown> = {}
  for (const key of ['url', 'title', 'brand', 'image', 'price', 'currency', 'originalPrice', 'deadline', 'stock']) {
    try {
      fields[key] = (input as Record<string, unknown> | null)?.[key]
    } catch { /* a getter that throws is no value */ }
  }
  return resolveFields([fields], (code, ...args) => warn(formatError(code, args)), { name: (key) => key, image: photo })
}
