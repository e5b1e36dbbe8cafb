import { intent, textOnly, type Channel } from './channel'

/** QQ, Tencent's messenger. */
export const qq: Channel = {
  id: 'qq',
  name: 'QQ',
  scope: 'private',
  icon: () => import('../icons/qq'),
  url: (data) =>
    intent('https://connect.qq.com/widget/shareqq/index.html', {
      url: data.url,
      title: data.title,
      desc: textOnly(data),
      pics: data.image,
    }),
}
