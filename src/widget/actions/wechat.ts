import type { Action } from './action'
import { lazy } from '../../lib/load-once'

const qrCode = lazy('QR code', () => import('../../qr/qr-path'))

/** WeChat has no web share URL: a QR code of the link to scan, or, inside WeChat, a hint to its menu. */
export const wechat: Action = ({ env, data, warn, panel, extras }) => {
  const inApp = /MicroMessenger/i.test(env.navigator.userAgent)
  panel((open) => ({ ...open, wechat: { inApp } }))
  extras()
  if (!inApp) {
    qrCode(warn).then(({ qrPath }) => {
      panel((open) => open.wechat ? { ...open, wechat: { ...open.wechat, qr: qrPath(data.url) } } : open)
    }, () => { /* warned */ })
  }
}
