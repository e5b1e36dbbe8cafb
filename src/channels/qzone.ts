import { intent, textOnly, type Channel } from './channel'

/** Qzone, Tencent's blog and photo network. */
export const qzone: Channel = {
  id: 'qzone',
  name: 'Qzone',
  scope: 'public',
  icon: () => import('../icons/qzone'),
  url: (data) =>
    intent('https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey', {
      url: data.url,
      title: data.title,
      summary: textOnly(data),
      pics: data.image,
    }),
}
