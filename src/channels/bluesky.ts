import { intent, textAndUrl, type Channel } from './channel'

/** Bluesky; its compose intent has one text field, so the link goes at the end of the copy. */
export const bluesky: Channel = {
  id: 'bluesky',
  name: 'Bluesky',
  scope: 'public',
  icon: () => import('../icons/bluesky'),
  url: (data) => intent('https://bsky.app/intent/compose', { text: textAndUrl(data) }),
  limit: { max: 300 }, // 300 graphemes per post, link included
}
