import type { ChannelId } from '../types'
import type { Env } from '../env'
import type { Warn } from '../lib/warn'
import type { Locale } from '../i18n/locale'
import type { ControlModel } from '../ui/model'
import type { CopyValues } from '../share/render-copy'
import { registry } from '../channels/registry'
import { icons } from '../channels/load-icon'
import { message, type Message } from './message'
import type { WidgetState } from './resolve-widget'

/** A control as drawn, with the message it sends. */
export type Drawn = [control: ControlModel, message: Message]

/**
 * A widget's controls: one per channel it shows, in order, with its accessible name, its icon
 * (or a glyph where the icon could not load) and its message. Channels that cannot share here
 * are left out with a warning (Pinterest without an image, Messenger on a desktop without an app
 * id), as is Web Share where the browser cannot share this data. A message is made anew only
 * when `key` (what it says) or its share id changes: building URLs is most of a draw.
 */
export const createControls = (env: Env, warn: Warn, ask?: boolean) => {
  const made = new Map<ChannelId, [key: string, message: Message]>()
  return (state: WidgetState, locale: Locale, copy: CopyValues, key: string, shareId: (id: ChannelId) => string): Drawn[] => {
    const drawn: Drawn[] = []
    for (const id of state.options.channels ?? locale.channels) {
      const current = key + shareId(id)
      let [was, sent] = made.get(id) ?? []
      if (was !== current) made.set(id, [current, (sent = message(id, state, locale, copy, { shareId, mobile: env.mobile(), ask }))])
      const { scope, name: english, action } = registry[id]
      const name = locale.names?.[id] ?? english
      const icon = icons.get(id)
      // "Copy link", "Share" and "Share image" say what they do; the others are "Share on …".
      const label = action === 'copy' || action === 'image' || action === 'native' ? name : locale.shareOn.replace('{0}', name)
      // No prototype: a button's missing `href` is never one a polluted Object.prototype lends.
      const control = { __proto__: null, id, name, scope, icon, glyph: !icon && icons.failed(id), label } as ControlModel
      if (action === 'native') {
        // Web Share only where the browser says it can share this data (canShare throws for data it cannot read).
        try {
          if (!env.navigator.canShare?.(sent!.data)) continue
        } catch {
          continue
        }
      }
      if (sent!.missing === 'image' || sent!.missing === 'appId') {
        warn(sent!.missing === 'image' ? 'SC301' : 'SC302')
        continue
      }
      // A link says that it opens a new tab; Mastodon without a server is a button that asks.
      drawn.push([sent!.href ? { ...control, label: `${label} ${locale.newTab}`, href: sent!.href } : control, sent!])
    }
    return drawn
  }
}
