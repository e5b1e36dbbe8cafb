import type { Locale } from './locale'

// French puts a no-break space before a colon.
export default {
  tag: 'fr',
  // WhatsApp leads messaging in France, Belgium and Switzerland; Facebook and X for posts.
  channels: ['native', 'whatsapp', 'facebook', 'x', 'email', 'copy'],
  names: { native: 'Partager', copy: 'Copier le lien', email: 'E-mail', image: 'Partager l’image' },
  templates: {
    private: 'Ça devrait te plaire\u00a0: {title} – {price}',
    group: '{title} – {price}',
    public: '{title} – {price}',
  },
  plain: '{title}',
  share: 'Partager ce produit',
  shareOn: 'Partager via {0}',
  scopes: { private: 'Envoyer à un ami', group: 'Partager avec un groupe', public: 'Publier' },
  copied: 'Lien copié',
  copyFailed: 'Échec de la copie\u00a0: sélectionnez le lien et copiez-le',
  close: 'Fermer',
  wechatTitle: 'Partager via WeChat',
  wechatScan: 'Scannez avec WeChat, puis partagez la page qui s’ouvre.',
  wechatInApp: 'Touchez ··· en haut à droite pour envoyer cette page à un ami ou dans Moments.',
  wechatQr: 'QR code WeChat du lien du produit',
  mastodonServer: 'Votre serveur Mastodon',
  mastodonGo: 'Partager',
  mastodonInvalid: 'Saisissez un nom de serveur, par exemple mastodon.social',
  newTab: '(s’ouvre dans un nouvel onglet)',
  ends: 'Jusqu’au {0}',
  endsIn: 'Se termine dans {0}',
  ended: 'Cette offre est terminée',
  left: 'Plus que {0} en stock',
  soldOut: 'Épuisé',
  sold: 'Ventes\u00a0: {0}',
  lastHour: 'Plus qu’une heure avant la fin de l’offre',
  pause: 'Mettre en pause le compte à rebours',
  resume: 'Reprendre le compte à rebours',
} satisfies Locale
