import { h } from 'preact'
import type { Locale } from '../i18n/locale'
import type { WechatModel, WidgetCallbacks } from './model'

/** Opens the native dialog modally once it is in the document: focus is trapped, Escape cancels. */
const showModal = (dialog: HTMLDialogElement | null) => {
  if (dialog && !dialog.open) dialog.showModal?.()
}

/** WeChat has no web share URL: a QR code of the link to scan, or, inside WeChat, a hint to its menu. */
export const WechatDialog = ({ wechat, locale, onCloseDialog }: { wechat: WechatModel; locale: Locale } & Pick<WidgetCallbacks, 'onCloseDialog'>) => (
  <dialog ref={showModal} aria-labelledby="sc-wt" onClose={onCloseDialog}>
    <h2 id="sc-wt">{locale.wechatTitle}</h2>
    {wechat.inApp
      ? <p>{locale.wechatInApp}</p>
      : [
          <svg role="img" aria-label={locale.wechatQr} viewBox={wechat.qr ? `-2 -2 ${wechat.qr.size + 4} ${wechat.qr.size + 4}` : '0 0 1 1'}>
            {wechat.qr && <path d={wechat.qr.path} fill="#000" shape-rendering="crispEdges" />}
          </svg>,
          <p>{locale.wechatScan}</p>,
        ]}
    <form method="dialog">
      <button class="c" type="submit" autofocus>{locale.close}</button>
    </form>
  </dialog>
)
