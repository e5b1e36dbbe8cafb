import { intent, type Channel } from './channel'

/** Hacker News; its submit form takes a link and a title, no copy. */
export const hackernews: Channel = {
  id: 'hackernews',
  name: 'Hacker News',
  // The site's own orange; simple-icons has only Y Combinator (#F0652F), whose "Y" is the icon.
  scope: 'group',
  icon: () => import('../icons/hackernews'),
  url: (data) => intent('https://news.ycombinator.com/submitlink', { u: data.url, t: data.title }),
}
