import type { ActionContext } from './action'
import { copyText } from '../../share/copy-text'

/**
 * Copies the link; the confirmation is spoken, and shown (WCAG 4.1.3). The script tag's first
 * paint runs it too: the clipboard needs the shopper's own click. `failed` runs where nothing
 * could be copied, after the words that say so (a field to select the link in takes the focus).
 */
export const copy = ({ data, root, locale, warn, complete, say, failed }: Pick<ActionContext, 'data' | 'root' | 'locale' | 'warn' | 'complete' | 'say'> & { failed?: () => void }): void => {
  copyText(data.url, root.ownerDocument, root).then(
    () => { complete(); say(locale.copied) },
    (error) => { warn('SC304', error); say(locale.copyFailed); failed?.() },
  )
}
