import type { Locale } from '../i18n/locale'
import { copyValues } from '../share/copy-values'
import type { CopyValues } from '../share/render-copy'
import type { WidgetState } from './resolve-widget'
import { message, type Message, type MessageContext } from './message'

export { message, type Message, type MessageContext }

/** The values share copy may name at this moment, formatted once for every channel. */
export const values = (state: WidgetState, now: number): CopyValues =>
  copyValues(state.product, state.options.locale, now + state.options.skew, state.options.threshold)

/**
 * The channels a widget shows, in order (its own, else its locale's), and what each sends.
 *
 * @example messages(state, en, { now: Date.now(), shareId: () => 'PREVIEW_share_id_0001', mobile: false })
 */
export const messages = (state: WidgetState, locale: Locale, { now, ...ctx }: MessageContext & { now: number }): Message[] => {
  const copy = values(state, now)
  return (state.options.channels ?? locale.channels).map((id) => message(id, state, locale, copy, ctx))
}
