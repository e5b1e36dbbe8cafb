import type { Action } from './action'
import { copyText } from '../../share/copy-text'

/** Copies the link; the confirmation is spoken, and shown (WCAG 4.1.3). */
export const copy: Action = ({ data, root, locale, warn, complete, say }) => {
  copyText(data.url, root.ownerDocument, root).then(
    () => { complete(); say(locale.copied) },
    (error) => { warn('SC304', error); say(locale.copyFailed) },
  )
}
