import type { Locale } from './locale'

export default {
  tag: 'zh-TW',
  // LINE leads messaging in Taiwan, WhatsApp in Hong Kong and Macau (which read this table too);
  // Facebook is everywhere, and Taiwan is one of Threads' largest markets.
  channels: ['native', 'line', 'facebook', 'whatsapp', 'threads', 'email', 'copy'],
  names: {
    native: '分享', copy: '複製連結', email: '電子郵件', sms: '簡訊', wechat: '微信', weibo: '微博',
    qzone: 'QQ空間', douban: '豆瓣', image: '分享圖片',
  },
  templates: {
    private: '推薦給你：{title}，{price}',
    group: '{title}，{price}',
    public: '{title}，{price}',
  },
  plain: '{title}',
  share: '分享這項商品',
  shareOn: '透過{0}分享',
  scopes: { private: '傳給朋友', group: '分享到群組', public: '公開發文' },
  copied: '已複製連結',
  copyFailed: '複製失敗：請選取連結後手動複製',
  close: '關閉',
  wechatTitle: '分享到微信',
  wechatScan: '用微信掃描，再分享開啟的頁面。',
  wechatInApp: '點選右上角的 ··· 傳送給朋友或分享到朋友圈。',
  wechatQr: '商品連結的微信 QR 碼',
  mastodonServer: '你的 Mastodon 伺服器',
  mastodonGo: '分享',
  mastodonInvalid: '請輸入伺服器名稱，例如 mastodon.social',
  newTab: '（在新分頁開啟）',
  ends: '{0} 截止',
  endsIn: '剩餘 {0}',
  ended: '優惠已結束',
  originalPrice: '原價',
  left: '僅剩 {0} 件',
  soldOut: '已售完',
  sold: '已售出 {0} 件',
  lastHour: '優惠只剩最後一小時',
  pause: '暫停倒數',
  resume: '繼續倒數',
  storyScan: '掃描 QR 碼，或點擊連結貼紙',
  storySaved: '圖片已儲存：發布到你的限時動態，並加上商品連結貼紙。',
} satisfies Locale
