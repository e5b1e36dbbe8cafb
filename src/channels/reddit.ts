import { intent, type Channel } from './channel'

/** Reddit; the shopper picks the subreddit on Reddit's submit page. */
export const reddit: Channel = {
  id: 'reddit',
  name: 'Reddit',
  scope: 'group',
  icon: () => import('../icons/reddit'),
  url: (data) => intent('https://www.reddit.com/submit', { url: data.url, title: data.title }),
}
