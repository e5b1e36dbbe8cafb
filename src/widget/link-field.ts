import { activeOf, make } from '../lib/dom'
import { adoptStyles } from '../styles/adopt-styles'

/**
 * Its rules: below the controls, the widget's font and focus colour; the status line, which
 * shows below the controls too, moves below the field.
 */
const css = `.lf{display:block;width:100%;margin-top:4px;font:13px/2 var(--sc-font,system-ui,sans-serif);--o:var(--sc-focus,#4285f4)}
div:has(+.lf) .st{top:calc(100% + 40px)}`

/**
 * Where nothing could be copied (a clipboard the page refuses, and no fallback): the link in a
 * field below the controls, with the focus and the whole link selected, so "select the link and
 * copy it" has a link to select. A copy from it, by hand, completes the share (once). It goes when
 * the focus leaves it; Escape gives the focus back to the control. In the shadow root beside the
 * container, not in the drawn nodes: neither stage's drawing touches it, and the full widget
 * taking over keeps it; it exists only while it has the focus, so the host takes it away (blurs
 * it) with its product (`Host.take`, `Host.close`). `name` is its accessible name: what to do
 * with it. A lazy part (`sc-link.js`): only a page whose clipboard refuses loads it.
 * `at`: where the focus was as the copy failed. A part that arrives late (a retry) after the
 * shopper moved on, into the page or to another control, shows nothing: the focus is theirs.
 */
export const showLink = (root: ShadowRoot, url: string, name: string, complete: () => void, at: Element | null): void => {
  // Safari does not focus a clicked button: then nothing in the page may have the focus either.
  if (at ? root.activeElement !== at : !/^(body|html|)$/.test(activeOf(root.ownerDocument)?.localName ?? '')) return
  const back = at as HTMLElement | null
  const field = make(root.ownerDocument, 'input')
  // Chromium blurs a focused field as it takes it out: its handler must not take it out again.
  const gone = () => { field.onblur = null; field.remove() }
  adoptStyles(root, css)
  field.className = 'lf'
  field.readOnly = true
  field.value = url
  // A URL reads left to right, in a right-to-left page too.
  field.dir = 'ltr'
  field.setAttribute('aria-label', name)
  field.onblur = gone
  field.onkeydown = (event) => { if (event.key == 'Escape') gone(), back?.focus() }
  field.oncopy = () => { field.oncopy = null; complete() }
  root.append(field)
  field.focus()
  field.select()
  // A widget that cannot take the focus (hidden, inert) shows no field it could never take away.
  if (root.activeElement !== field) gone()
}
