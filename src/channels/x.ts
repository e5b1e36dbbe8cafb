import { intent, textOnly, type Channel } from './channel'

/** X (formerly Twitter). */
export const x: Channel = {
  id: 'x',
  name: 'X',
  scope: 'public',
  icon: () => import('../icons/x'),
  url: (data) => intent('https://x.com/intent/tweet', { text: textOnly(data), url: data.url }),
  // Every link counts as 23 (t.co) and CJK characters count twice:
  // https://docs.x.com/fundamentals/counting-characters
  limit: { max: 280, link: 23, weighted: true },
}
