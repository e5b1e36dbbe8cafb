import type { Locale } from './locale'

export default {
  tag: 'de',
  // WhatsApp leads messaging in Germany, Austria and Switzerland, and email is still a common
  // way to pass a product on; Facebook and X for posts.
  channels: ['native', 'whatsapp', 'facebook', 'email', 'x', 'copy'],
  names: { native: 'Teilen', copy: 'Link kopieren', email: 'E-Mail', image: 'Bild teilen' },
  templates: {
    private: 'Das könnte dir gefallen: {title} – {price}',
    group: '{title} – {price}',
    public: '{title} – {price}',
  },
  plain: '{title}',
  share: 'Dieses Produkt teilen',
  shareOn: 'Über {0} teilen',
  scopes: { private: 'An Freunde senden', group: 'Mit einer Gruppe teilen', public: 'Öffentlich posten' },
  copied: 'Link kopiert',
  copyFailed: 'Kopieren fehlgeschlagen: Link markieren und kopieren',
  close: 'Schließen',
  wechatTitle: 'Über WeChat teilen',
  wechatScan: 'Mit WeChat scannen und die geöffnete Seite teilen.',
  wechatInApp: 'Tippe oben rechts auf ···, um diese Seite an Freunde oder in Moments zu senden.',
  wechatQr: 'WeChat-QR-Code des Produktlinks',
  wechatCopy: 'Dieser Link ist zu lang für einen QR-Code: Kopiere ihn und füge ihn in WeChat ein.',
  wechatPaste: 'Kopiere den Link und füge ihn in WeChat ein.',
  mastodonServer: 'Dein Mastodon-Server',
  mastodonGo: 'Teilen',
  mastodonInvalid: 'Gib einen Servernamen wie mastodon.social ein',
  newTab: '(öffnet in neuem Tab)',
  ends: 'Endet am {0}',
  // "Noch 2 Tage, 5 Stunden": Intl's units are nominative, which "endet in" would not take.
  endsIn: 'Noch {0}',
  ended: 'Dieses Angebot ist beendet',
  originalPrice: 'Ursprünglicher Preis',
  left: 'Nur noch {0} verfügbar',
  soldOut: 'Ausverkauft',
  sold: '{0} verkauft',
  lastHour: 'Das Angebot endet in einer Stunde',
  pause: 'Countdown anhalten',
  resume: 'Countdown fortsetzen',
  storyScan: 'Code scannen oder auf den Link-Sticker tippen',
  storySaved: 'Bild gespeichert: Poste es in deiner Story und füge einen Link-Sticker mit dem Produktlink hinzu.',
} satisfies Locale
