import { h } from 'preact'
import type { Warn } from '../lib/warn'
import { lazy } from '../lib/load-once'
import { adoptStyles } from '../styles/adopt-styles'
import type { Extras } from '../ui/extras'

const extrasCode = lazy('extras', () => import('../ui/extras'))

/**
 * The WeChat dialog and the Mastodon field, loaded on the first click that needs them; they get
 * Preact's `h` from the widget, and their styles join the widget's shadow root. `get()` is them
 * once they have arrived; `load()` asks (the loader bounds the tries) and redraws on arrival.
 */
export const createExtras = (root: ShadowRoot, warn: Warn, redraw: () => void) => {
  let extras: Extras | undefined
  return {
    get: () => extras,
    load() {
      if (extras) return
      extrasCode(warn).then(({ extras: make }) => {
        extras ??= make(h)
        adoptStyles(root, extras.css)
        redraw()
      }, () => { /* warned */ })
    },
  }
}
