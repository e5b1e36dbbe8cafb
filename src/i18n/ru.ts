import type { Locale } from './locale'

export default {
  tag: 'ru',
  // Telegram and VK lead in Russia, then WhatsApp and Odnoklassniki (older shoppers).
  channels: ['native', 'telegram', 'vk', 'whatsapp', 'ok', 'email', 'copy'],
  names: {
    native: 'Поделиться', copy: 'Копировать ссылку', email: 'Эл. почта', vk: 'ВКонтакте', ok: 'Одноклассники',
    image: 'Поделиться картинкой',
  },
  templates: {
    private: 'Тебе может понравиться: {title} — {price}',
    group: '{title} — {price}',
    public: '{title} — {price}',
  },
  plain: '{title}',
  share: 'Поделиться товаром',
  // "Поделиться: ВКонтакте" reads right with every name, where "в …" would not ("в Эл. почта").
  shareOn: 'Поделиться: {0}',
  scopes: { private: 'Отправить другу', group: 'Поделиться с группой', public: 'Опубликовать' },
  copied: 'Ссылка скопирована',
  copyFailed: 'Не удалось скопировать: выделите ссылку и скопируйте её',
  close: 'Закрыть',
  wechatTitle: 'Поделиться в WeChat',
  wechatScan: 'Отсканируйте код в WeChat и поделитесь открывшейся страницей.',
  wechatInApp: 'Нажмите ··· в правом верхнем углу, чтобы отправить страницу другу или в «Моменты».',
  wechatQr: 'QR-код WeChat со ссылкой на товар',
  mastodonServer: 'Ваш сервер Mastodon',
  mastodonGo: 'Поделиться',
  mastodonInvalid: 'Введите имя сервера, например mastodon.social',
  newTab: '(откроется в новой вкладке)',
  ends: 'До {0}',
  endsIn: 'Осталось {0}',
  ended: 'Акция завершена',
  originalPrice: 'Старая цена',
  left: 'Осталось {0} шт.',
  soldOut: 'Распродано',
  sold: 'Продано: {0}',
  lastHour: 'До конца акции остался час',
  pause: 'Остановить отсчёт',
  resume: 'Продолжить отсчёт',
  storyScan: 'Отсканируйте код или нажмите на стикер со ссылкой',
  storySaved: 'Изображение сохранено: опубликуйте его в истории и добавьте стикер со ссылкой на товар.',
} satisfies Locale
