import type { ChannelId, MountOptions, ShareEvent, UncheckedChannelId } from 'sharecue'

/**
 * Every key optional and allowed to be `undefined`, so props typed for
 * `exactOptionalPropertyTypes` (`price={product.price}` where that may be undefined) type-check.
 * An `undefined` option counts as not given, as in `mount()`.
 */
type Loose<T> = { [K in keyof T]?: T[K] | undefined }

/** The product fields of `mount()` options, as one object. */
export type ShareCueProduct = Loose<Pick<MountOptions,
  'url' | 'title' | 'text' | 'image' | 'price' | 'currency' | 'originalPrice' | 'deadline' | 'stock' | 'sku'>>

/**
 * Options of `useShareCue()` and props of `<ShareButtons>`: every `mount()` option, plus
 * `product` (its fields, as one object; a field given on its own wins) and `onEvent`.
 */
export interface ShareCueOptions extends Loose<Omit<MountOptions, 'channels'>> {
  /** Channel ids in display order. Default: the locale's set. An id known only at run time is an `UncheckedChannelId`. */
  channels?: readonly (ChannelId | UncheckedChannelId)[] | undefined
  /** The product's fields as one object; `url`, `price`, … given as props win over it. */
  product?: ShareCueProduct | undefined
  /** Called with every event of this widget (`widget_view`, `share_click`, `share_complete`). */
  onEvent?: ((event: ShareEvent) => void) | undefined
}

/** The `mount()` options these props stand for: `product` spread first, then the other props. */
export const mountOptions = ({ product, onEvent: _, ...rest }: ShareCueOptions): MountOptions => {
  const options: Record<string, unknown> = {}
  for (const [key, value] of [...Object.entries(product ?? {}), ...Object.entries(rest)]) {
    if (value !== undefined) options[key] = value
  }
  return options as MountOptions
}
