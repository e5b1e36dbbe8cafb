import { intent, textOnly, type Channel } from './channel'

/** Douban; its share service names the link `href` and the title `name`. */
export const douban: Channel = {
  id: 'douban',
  name: 'Douban',
  scope: 'public',
  icon: () => import('../icons/douban'),
  url: (data) =>
    intent('https://www.douban.com/share/service', {
      href: data.url,
      name: data.title,
      text: textOnly(data),
      image: data.image,
    }),
}
