import { h } from 'preact'
import type { ControlModel, WidgetCallbacks } from './model'
import { Icon } from './icon'

/**
 * One channel: a real link for web-intent channels (so middle-click and "copy link" work),
 * a button for actions. The visible name is hidden in the `icons` layout, never the
 * accessible one.
 */
export const Control = ({ control, onControl }: { control: ControlModel } & Pick<WidgetCallbacks, 'onControl'>) => {
  const { id, name, label, href, icon } = control
  const content = [<Icon path={icon} />, <span class="x">{name}</span>]
  const onClick = (event: MouseEvent) => onControl(id, event)
  return (
    <li>
      {href
        ? <a class="c" data-channel={id} href={href} target="_blank" rel="noopener noreferrer" aria-label={label} onClick={onClick}>{content}</a>
        : <button class="c" type="button" data-channel={id} aria-label={label} onClick={onClick}>{content}</button>}
    </li>
  )
}
