import { make, viewOf } from '../lib/dom'

/**
 * Copies text: the async Clipboard API where the page may use it, else a hidden textarea
 * and `execCommand('copy')` (older browsers, and pages whose Permissions-Policy blocks
 * clipboard-write). Resolves once copied; rejects when neither works.
 */
export const copyText = async (text: string, doc: Document, root: Node): Promise<void> => {
  try {
    await viewOf(doc)!.navigator.clipboard.writeText(text)
  } catch (error) {
    // Selecting the textarea takes the focus: it goes back to the control (a keyboard user's place).
    const focused = (root as ShadowRoot).activeElement as HTMLElement | null
    const area = make(doc, 'textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.className = 'v'
    // Inside an open modal dialog (WeChat's), where everything else is inert and cannot be selected.
    ;((root as ParentNode).querySelector?.('dialog[open]') ?? root).appendChild(area)
    area.select()
    const copied = doc.execCommand?.('copy')
    area.remove()
    focused?.focus()
    if (!copied) throw error
  }
}
