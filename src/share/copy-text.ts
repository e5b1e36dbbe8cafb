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
    const area = make(doc, 'textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.className = 'v'
    root.appendChild(area)
    area.select()
    const copied = doc.execCommand?.('copy')
    area.remove()
    if (!copied) throw error
  }
}
