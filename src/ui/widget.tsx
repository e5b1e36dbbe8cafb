import { h } from 'preact'
import type { Scope } from '../types'
import type { ControlModel, WidgetCallbacks, WidgetModel } from './model'
import type { Extras } from './extras'
import { Icon } from './icon'
import { Card } from './card'

const scopes: Scope[] = ['private', 'group', 'public']

/**
 * One channel: a real link for web-intent channels (so middle-click and "copy link" work),
 * a button for actions. The visible name is hidden in the `icons` layout, never the
 * accessible one.
 */
export const Control = ({ id, name, label, href, icon, glyph }: ControlModel, onControl: WidgetCallbacks['onControl'], hook = 'data-channel') => {
  const onClick = (event: MouseEvent) => onControl(id, event)
  // A middle click opens a link in a new tab without a click event: it is a share too.
  const props = { class: 'c', [hook]: id, 'aria-label': label, onClick, onAuxClick: (event: MouseEvent) => href && event.button == 1 && onClick(event) }
  const content = [<Icon path={icon} glyph={glyph ? name : undefined} />, <span class="x">{name}</span>]
  return (
    <li key={id}>
      {href
        ? <a {...props} href={href} target="_blank" rel="noopener noreferrer">{content}</a>
        : <button {...props} type="button">{content}</button>}
    </li>
  )
}

/** The whole widget: controls (grouped by scope when asked), the live region, and any open dialog or field. */
export const Widget = (props: WidgetModel & WidgetCallbacks & { extras?: Extras; asking?: unknown }) => {
  const { locale, layout, theme, group, controls, status, wechat, mastodon, extras, card, asking, onControl } = props
  const list = (items: ControlModel[], label?: string) => <ul aria-label={label}>{items.map((c) => Control(c, onControl))}</ul>
  return (
    <div class={`w ${layout} ${theme[0]}`} role="group" aria-label={locale.share} dir={locale.dir ?? 'ltr'} lang={locale.tag}>
      {card && <Card card={card} locale={locale} onPause={props.onPause} />}
      {group
        ? scopes.map((scope) => {
            const inScope = controls.filter((control) => control.scope === scope)
            return inScope.length > 0 && [<p class="h" aria-hidden="true">{locale.scopes[scope]}</p>, list(inScope, locale.scopes[scope])]
          })
        : list(controls)}
      {asking}
      {extras && mastodon && extras.mastodonForm(mastodon, locale, props)}
      <p class="st" role="status">{status}</p>
      {extras && wechat && extras.wechatDialog(wechat, locale, props)}
    </div>
  )
}
