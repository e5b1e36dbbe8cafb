import { intent, type Channel } from './channel'

/** VK (VKontakte). */
export const vk: Channel = {
  id: 'vk',
  name: 'VK',
  scope: 'public',
  icon: () => import('../icons/vk'),
  url: (data) => intent('https://vk.com/share.php', { url: data.url, title: data.title, image: data.image }),
}
