import type { Channel } from './channel'

/**
 * WeChat has no web share URL: the widget shows a QR code of the link to scan with the app,
 * and inside WeChat's own browser a hint to use its menu instead.
 */
export const wechat: Channel = {
  id: 'wechat',
  name: 'WeChat',
  scope: 'private',
  icon: () => import('../icons/wechat'),
  action: 'wechat',
}
