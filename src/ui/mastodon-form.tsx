import { h } from 'preact'
import type { Locale } from '../i18n/locale'
import type { MastodonModel, WidgetCallbacks } from './model'

/** Focus moves into the field when it appears (a stable function, so only then). */
const focus = (input: HTMLInputElement | null) => input?.focus()

/** Mastodon has no central share page: the shopper names their server, then shares there. */
export const MastodonForm = ({ mastodon, locale, onMastodon, onMastodonShare }: { mastodon: MastodonModel; locale: Locale } & Pick<WidgetCallbacks, 'onMastodon' | 'onMastodonShare'>) => (
  <form onSubmit={(event) => onMastodonShare(event)}>
    <label>
      <span class="v">{locale.mastodonServer}</span>
      <input
        type="text" inputMode="url" autocomplete="off" spellcheck={false} placeholder="mastodon.social"
        value={mastodon.value}
        ref={focus}
        onInput={(event) => onMastodon((event.currentTarget as HTMLInputElement).value)}
      />
    </label>
    {mastodon.href
      ? <a class="c" data-part="mastodon-share" href={mastodon.href} target="_blank" rel="noopener noreferrer" onClick={(event) => onMastodonShare(event, true)}>{locale.mastodonGo}</a>
      : <button class="c" type="submit" aria-disabled="true">{locale.mastodonGo}</button>}
  </form>
)
