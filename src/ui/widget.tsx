import { h } from 'preact'
import type { Scope } from '../types'
import type { WidgetCallbacks, WidgetModel, ControlModel } from './model'
import { Control } from './control'
import { WechatDialog } from './wechat-dialog'
import { MastodonForm } from './mastodon-form'

const scopes: Scope[] = ['private', 'group', 'public']

const List = ({ controls, label, onControl }: { controls: ControlModel[]; label?: string } & Pick<WidgetCallbacks, 'onControl'>) => (
  <ul aria-label={label}>
    {controls.map((control) => <Control key={control.id} control={control} onControl={onControl} />)}
  </ul>
)

/** The whole widget: controls (grouped by scope when asked), the live region, and any open dialog or field. */
export const Widget = (props: WidgetModel & WidgetCallbacks) => {
  const { locale, layout, theme, group, controls, status, wechat, mastodon, onControl } = props
  return (
    <div class={`w ${layout} ${theme[0]}`} role="group" aria-label={locale.share} dir={locale.dir ?? 'ltr'} lang={locale.tag}>
      {group
        ? scopes.map((scope) => {
            const inScope = controls.filter((control) => control.scope === scope)
            return inScope.length > 0 && [
              <p class="h" aria-hidden="true">{locale.scopes[scope]}</p>,
              <List controls={inScope} label={locale.scopes[scope]} onControl={onControl} />,
            ]
          })
        : <List controls={controls} onControl={onControl} />}
      {mastodon && <MastodonForm mastodon={mastodon} locale={locale} onMastodon={props.onMastodon} onMastodonShare={props.onMastodonShare} />}
      <p class="st" role="status">{status}</p>
      {wechat && <WechatDialog wechat={wechat} locale={locale} onCloseDialog={props.onCloseDialog} />}
    </div>
  )
}
