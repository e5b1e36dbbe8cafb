import type { ActionContext } from './action'
import { copyText } from '../../share/copy-text'
import { lazy } from '../../lib/load-once'

const linkField = lazy('link field', () => import('../link-field'))

/**
 * Copies the link; the confirmation is spoken, and shown (WCAG 4.1.3). The script tag's first
 * paint runs it too: the clipboard needs the shopper's own click. Where nothing could be copied,
 * after the words that say so, a field to select the link in takes the focus: the widget's own
 * (`showLink`, a lazy part), or the one `failed` focuses (the WeChat dialog's).
 */
export const copy = ({ data, root, locale, warn, complete, say, failed }: Pick<ActionContext, 'data' | 'root' | 'locale' | 'warn' | 'complete' | 'say'> & { failed?: () => void }): void => {
  copyText(data.url, root.ownerDocument, root).then(
    () => { complete(); say(locale.copied) },
    (error) => {
      warn('SC304', error)
      say(locale.copyFailed)
      if (failed) return failed()
      // Where the focus was as the copy failed: the field takes it only from there.
      const at = root.activeElement
      linkField(warn).then(({ showLink }) => showLink(root, data.url, locale.copyFailed, complete, at), () => { /* SC305 said it */ })
    },
  )
}
