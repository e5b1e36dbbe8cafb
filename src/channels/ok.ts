import { intent, type Channel } from './channel'

/** OK (Odnoklassniki). */
export const ok: Channel = {
  id: 'ok',
  name: 'OK',
  scope: 'public',
  icon: () => import('../icons/ok'),
  url: (data) =>
    intent('https://connect.ok.ru/offer', { url: data.url, title: data.title, imageUrl: data.image }),
}
