import type { ChannelId } from '../types'

/**
 * Each channel's brand colour, `#rrggbb`. Read at build time only, where the widget's stylesheet
 * is made (styles/widget-css.ts, with the text colour that keeps WCAG AA contrast): the browser
 * gets the finished rules, not this table.
 */
export const colors: Record<ChannelId, string> = {
  native: '#475569',
  copy: '#64748B',
  email: '#52525B',
  sms: '#57534E',
  facebook: '#0866FF',
  messenger: '#0866FF',
  x: '#000000',
  threads: '#000000',
  bluesky: '#1185FE',
  mastodon: '#6364FF',
  linkedin: '#0A66C2',
  pinterest: '#BD081C',
  reddit: '#FF4500',
  tumblr: '#36465D',
  hackernews: '#FF6600',
  whatsapp: '#25D366',
  telegram: '#26A5E4',
  line: '#00C300',
  viber: '#7360F2',
  vk: '#0077FF',
  ok: '#EE8208',
  wechat: '#07C160',
  weibo: '#E6162D',
  qq: '#1EBAFC',
  qzone: '#FECE00',
  douban: '#2D963D',
  image: '#334155',
}
