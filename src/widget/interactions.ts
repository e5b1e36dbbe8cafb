import type { ChannelId, ShareData } from '../types'
import type { Env } from '../env'
import type { Locale } from '../i18n/locale'
import { registry } from '../channels/registry'
import type { Drawn } from './controls'
import { actions } from './actions'
import type { Panels } from './actions/action'
import { instanceFrom } from './actions/mastodon'
import type { Host } from './host'
import type { cardImage } from './card-image'
import type { createExtras } from './extras-loader'

export interface InteractionContext {
  env: Env
  host: Host
  images: ReturnType<typeof cardImage>
  extras: ReturnType<typeof createExtras>
  /** The controls as last drawn, with their messages. */
  drawn(): Drawn[]
  locale(): Locale | undefined
  draw(): void
}

/**
 * What the shopper does with the full widget: a click on a control (a link shares as the
 * browser opens it; an action channel runs its entry of the action table), the WeChat dialog
 * closed, a Mastodon server named. Keeps the dialogs and fields open and the control that
 * opened them, where focus returns.
 */
export const createInteractions = ({ env, host, images, extras, drawn, locale, draw }: InteractionContext) => {
  const { root, warn, status, shareIds } = host
  let panels: Panels = {}
  let trigger: HTMLElement | undefined
  const find = (id: ChannelId) => drawn().find(([c]) => c.id === id)

  /** A share; after it the channel's links carry a new share id, so every share has its own. */
  const shared = (id: ChannelId) => {
    host.report('share_click', id)
    host.later(() => { shareIds.renew(id); draw() })
  }

  /** Runs an action channel's entry of the action table with a message, from the control clicked. */
  const run = (id: ChannelId, data: ShareData, event: MouseEvent, complete: () => void) => {
    trigger = event.currentTarget as HTMLElement
    event.preventDefault()
    return actions[id]?.({
      id, data, event, env, root, locale: locale()!, warn, images, complete,
      say: status.say,
      panel: (change) => { panels = change(panels); draw() },
      extras: extras.load,
    })
  }

  return {
    panels: () => panels,
    /** An action with a message of the caller's: the ask panel's WeChat QR code of its own link. */
    run,
    /** A dialog or field belongs to its channel: one no longer shown closes with it; all do for another product. */
    keep(shown: (id: ChannelId) => boolean) {
      for (const id of ['wechat', 'mastodon'] as const) if (panels[id] && !shown(id)) panels = { ...panels, [id]: undefined }
    },

    onControl(id: ChannelId, event: MouseEvent) {
      const [control, sent] = find(id) ?? []
      if (!control) return
      trigger = event.currentTarget as HTMLElement
      if (control.href) return shared(id) // a link: the browser opens it
      const sid = shareIds.of(id)
      if (id === 'image') host.seen = true
      const done = run(id, sent!.data, event, () => host.report('share_complete', id, sid))
      if (done !== false) shared(id)
    },

    onCloseDialog() {
      panels = { ...panels, wechat: undefined }
      draw()
      trigger?.focus()
    },

    /** The shopper named their server: share there, or say what a server name looks like. */
    onMastodon(event: Event) {
      event.preventDefault()
      const instance = instanceFrom(event.currentTarget as HTMLFormElement)
      panels = { ...panels, mastodon: instance ? undefined : { invalid: true } }
      if (instance) {
        env.open(registry.mastodon.url!(find('mastodon')![1].data, { mobile: false, mastodon: instance }))
        shared('mastodon')
        trigger?.focus()
      }
      draw()
    },
  }
}
