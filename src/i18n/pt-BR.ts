import type { Locale } from './locale'

export default {
  tag: 'pt-BR',
  // Brazil shares on WhatsApp above all; Telegram is big there too. Portugal reads this table
  // as well (it has none of its own), and WhatsApp leads there just the same.
  channels: ['native', 'whatsapp', 'facebook', 'x', 'telegram', 'email', 'copy'],
  names: { native: 'Compartilhar', copy: 'Copiar link', email: 'E-mail', image: 'Compartilhar imagem' },
  templates: {
    private: 'Acho que você vai gostar: {title} – {price}',
    group: '{title} – {price}',
    public: '{title} – {price}',
  },
  plain: '{title}',
  share: 'Compartilhar este produto',
  shareOn: 'Compartilhar via {0}',
  scopes: { private: 'Enviar para um amigo', group: 'Compartilhar com um grupo', public: 'Publicar' },
  copied: 'Link copiado',
  copyFailed: 'Não foi possível copiar: selecione o link e copie',
  close: 'Fechar',
  wechatTitle: 'Compartilhar via WeChat',
  wechatScan: 'Escaneie com o WeChat e compartilhe a página que abrir.',
  wechatInApp: 'Toque em ··· no canto superior direito para enviar esta página a um amigo ou aos Momentos.',
  wechatQr: 'QR code do WeChat com o link do produto',
  mastodonServer: 'Seu servidor Mastodon',
  mastodonGo: 'Compartilhar',
  mastodonInvalid: 'Digite o nome de um servidor, como mastodon.social',
  newTab: '(abre em uma nova aba)',
  ends: 'Até {0}',
  endsIn: 'Termina em {0}',
  ended: 'Esta oferta terminou',
  left: 'Só {0} em estoque',
  soldOut: 'Esgotado',
  sold: 'Vendidos: {0}',
  lastHour: 'Falta uma hora para o fim da oferta',
  pause: 'Pausar contagem regressiva',
  resume: 'Retomar contagem regressiva',
} satisfies Locale
