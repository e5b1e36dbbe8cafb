import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { mount, on, type CardImageSize, type Widget } from 'sharecue'
import { nanoid } from 'nanoid'
import { mountOptions, type ShareCueOptions } from './share-cue-options'
import { optionsKey } from './options-key'

/** What `useShareCue()` gives: the ref for the host element and the widget's card image. */
export interface ShareCue<T extends Element> {
  /** Put it on the element that hosts the widget (its shadow root). */
  ref: RefObject<T | null>
  /** The preview card as a PNG (see `Widget.cardImage`); rejects before mount and after unmount. */
  cardImage(size?: CardImageSize | 'story'): Promise<Blob>
}

/**
 * Mounts a share widget on the element `ref` is given to, updates it when the options change
 * (by value: equal props make no update) and destroys it on unmount. Each update passes every
 * option, as `update()` replaces rather than patches. Safe in StrictMode: the second mount of
 * the same element reuses its shadow root.
 *
 * @example
 * const share = useShareCue({ channels: ['whatsapp', 'x', 'copy'], url, title, price, currency: 'EUR' })
 * return <div ref={share.ref} />
 */
export const useShareCue = <T extends Element = HTMLDivElement>(options: ShareCueOptions): ShareCue<T> => {
  const ref = useRef<T | null>(null)
  // One id per component, kept through StrictMode's second mount and through updates, so its
  // events can be told apart from other widgets' for `onEvent`.
  const [ownId] = useState(nanoid)
  const given = { widgetId: ownId, ...mountOptions(options) }
  const key = optionsKey(given)
  const latest = useRef({ given, key, onEvent: options.onEvent })
  const widget = useRef<{ widget: Widget, key: string }>(undefined)

  // Layout effects: the widget draws before the browser paints, so a page rendered in the
  // browser never shows the empty host. Declared first, this one runs first.
  useLayoutEffect(() => {
    latest.current = { given, key, onEvent: options.onEvent }
  })

  useLayoutEffect(() => {
    const target = ref.current
    if (!target) return
    const { given, key } = latest.current
    const mounted = { widget: mount(target, given), key }
    widget.current = mounted
    // mount() keeps at most 64 characters of a widget id, and so do its events.
    const widgetId = String(given.widgetId).slice(0, 64)
    const off = on('*', (event) => {
      if ('widget' in event && event.widget === widgetId) latest.current.onEvent?.(event)
    })
    return () => {
      off()
      mounted.widget.destroy()
      if (widget.current === mounted) widget.current = undefined
    }
  }, [])

  useLayoutEffect(() => {
    const mounted = widget.current
    if (!mounted || mounted.key === key) return
    mounted.key = key
    mounted.widget.update(latest.current.given)
  }, [key])

  return useMemo(() => ({
    ref,
    cardImage: (size?: CardImageSize | 'story') => widget.current?.widget.cardImage(size) ?? Promise.reject(new Error('sharecue: the widget is not mounted')),
  }), [])
}
