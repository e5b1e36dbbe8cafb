import { createElement, useImperativeHandle, type CSSProperties, type ReactElement, type Ref } from 'react'
import type { CardImageSize } from 'sharecue'
import type { ShareCueOptions } from './share-cue-options'
import { useShareCue } from './use-share-cue'
import { reservedHeight } from './reserved-height'

/** What a `ref` on `<ShareButtons>` gets. */
export interface ShareButtonsHandle {
  /** The preview card as a PNG (see `Widget.cardImage`). */
  cardImage(size?: CardImageSize | 'story'): Promise<Blob>
}

/** Props of `<ShareButtons>`: every `mount()` option, `product`, `onEvent`, and the host's class, style and ref. */
export interface ShareButtonsProps extends ShareCueOptions {
  className?: string | undefined
  /** The host's style; its `minHeight` wins over the reserved height. */
  style?: CSSProperties | undefined
  ref?: Ref<ShareButtonsHandle> | undefined
}

/**
 * Share buttons for a product, in a `<div>` whose shadow root holds the widget. On the server
 * it renders that `<div>` empty, with a `min-height` that keeps the widget's place (see
 * `reservedHeight`), so hydration matches and nothing below moves when the widget draws.
 *
 * @example
 * <ShareButtons channels={['whatsapp', 'x', 'copy']} product={{ url, title, price, currency: 'EUR' }} />
 */
export const ShareButtons = ({ className, style, ref, ...options }: ShareButtonsProps): ReactElement => {
  const share = useShareCue<HTMLDivElement>(options)
  useImperativeHandle(ref, () => ({ cardImage: share.cardImage }), [share])
  return createElement('div', {
    ref: share.ref,
    className,
    style: { minHeight: reservedHeight(options), ...style },
  })
}
