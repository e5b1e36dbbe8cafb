import { intent, textOnly, type Channel } from './channel'

/** Sina Weibo; its `title` field is the post's text, to which Weibo appends the link. */
export const weibo: Channel = {
  id: 'weibo',
  name: 'Weibo',
  scope: 'public',
  icon: () => import('../icons/weibo'),
  url: (data) =>
    intent('https://service.weibo.com/share/share.php', { url: data.url, title: textOnly(data), pic: data.image }),
  // Weibo raised a post's limit from 140 to 2,000 characters in 2016; past 140 the post is folded.
  limit: { max: 2000 },
}
