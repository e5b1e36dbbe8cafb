import { intent, textOnly, type Channel } from './channel'

/** Tumblr's share tool: a link post with the title, and the copy as its caption. */
export const tumblr: Channel = {
  id: 'tumblr',
  name: 'Tumblr',
  scope: 'public',
  icon: () => import('../icons/tumblr'),
  url: (data) =>
    intent('https://www.tumblr.com/widgets/share/tool', {
      canonicalUrl: data.url,
      title: data.title,
      caption: textOnly(data),
    }),
}
