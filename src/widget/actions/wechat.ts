import type { Action } from './action'
import type { WechatLink, WechatModel } from '../../ui/model'
import { registry } from '../../channels/registry'
import { lazy } from '../../lib/load-once'
import { copy } from './copy'
import { createStatus } from '../status'

const qrCode = lazy('QR code', () => import('../../qr/qr-path'))

/**
 * WeChat has no web share URL: a QR code of the link to scan, or, inside WeChat, a hint to its
 * menu. A link no QR code can hold (some 2,950 bytes) is offered to copy and paste into WeChat,
 * as is any link where the QR code's part cannot load.
 */
export const wechat: Action = (ctx) => {
  const { env, data, warn, panel, extras, locale } = ctx
  const inApp = /MicroMessenger/i.test(env.navigator.userAgent)
  /**
   * This dialog, as last drawn. `show` changes it while it is open, and only it: a later click's
   * dialog is not this one's to change (its status line, cleared 4 s after "Link copied", would
   * put this share's link into the next share's dialog).
   */
  let mine: WechatModel = { inApp }
  const show = (to: Partial<WechatModel>) => panel((open) => open.wechat === mine ? { ...open, wechat: (mine = { ...mine, ...to }) } : open)
  panel((open) => ({ ...open, wechat: mine }))
  extras()
  if (!inApp) {
    // What copying says is said in the dialog, as the widget's own live region says it (emptied
    // first, so a second copy is said again): the widget's is behind the dialog. The share is
    // complete once, however often its link is copied. The dialog offers one thing, once: the QR
    // code, or the link to copy.
    let offered = false
    const offer = (qr?: WechatModel['qr'], note = locale.wechatPaste) => {
      if (offered) return
      offered = true
      if (qr) return show({ qr })
      let done = false
      const complete = () => done || (done = true, ctx.complete())
      // Nothing could be copied: the field takes the focus, its link selected ("select the link
      // and copy it").
      const failed = () => ctx.root.querySelector<HTMLInputElement>('dialog[open] input')?.focus()
      const status = createStatus((fn, ms = 0) => env.setTimeout(fn, ms), () => show({ link: { ...link, said: status.text() } }))
      const link: WechatLink = { url: data.url, note, name: locale.names?.copy ?? registry.copy.name, copy: () => copy({ ...ctx, complete, say: status.say, failed }), copied: complete }
      show({ link })
    }
    qrCode(warn).then(({ qrPath }) => {
      const qr = qrPath(data.url)
      // A URL's href is ASCII (the rest is percent-encoded): its length is its bytes.
      if (!qr) warn('SC316', data.url.slice(0, 60), data.url.length)
      offer(qr, locale.wechatCopy)
    }, () => offer())
    // The QR code's part failed its first try (retried, and given up after the third: SC305): the
    // link to copy now, not an empty square for the seconds the retries take.
    qrCode.tried(warn).then(() => qrCode.failed() && offer())
  }
}
