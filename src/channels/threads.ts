import { intent, textOnly, type Channel } from './channel'

/** Threads; its web intent moved from threads.net to threads.com in 2025. */
export const threads: Channel = {
  id: 'threads',
  name: 'Threads',
  scope: 'public',
  icon: () => import('../icons/threads'),
  url: (data) => intent('https://www.threads.com/intent/post', { text: textOnly(data), url: data.url }),
  limit: { max: 500 }, // a post's limit, link included
}
