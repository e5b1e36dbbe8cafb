import type { Locale } from './locale'

export default {
  tag: 'zh-CN',
  // Chinese shoppers share through WeChat, Weibo and QQ first; the others are blocked or rare.
  channels: ['wechat', 'weibo', 'qq', 'qzone', 'douban', 'copy'],
  names: {
    native: '分享', copy: '复制链接', email: '邮件', sms: '短信', wechat: '微信', weibo: '微博',
    qzone: 'QQ空间', douban: '豆瓣', image: '分享图片',
  },
  templates: {
    private: '推荐给你：{title}，{price}',
    group: '{title}，{price}',
    public: '{title}，{price}',
  },
  plain: '{title}',
  share: '分享此商品',
  shareOn: '分享到{0}',
  scopes: { private: '发给好友', group: '分享到群组', public: '公开发布' },
  copied: '链接已复制',
  copyFailed: '复制失败：请手动选择并复制链接',
  close: '关闭',
  wechatTitle: '分享到微信',
  wechatScan: '用微信扫一扫，在打开的页面中分享。',
  wechatInApp: '点击右上角 ··· 发送给朋友或分享到朋友圈。',
  wechatQr: '商品链接的微信二维码',
  mastodonServer: '你的 Mastodon 服务器',
  mastodonGo: '分享',
  mastodonInvalid: '请输入服务器名称，例如 mastodon.social',
  newTab: '（在新标签页中打开）',
  ends: '{0} 结束',
  endsIn: '剩余 {0}',
  ended: '活动已结束',
  left: '仅剩 {0} 件',
  soldOut: '已售罄',
  lastHour: '活动还剩一小时',
  pause: '暂停倒计时',
  resume: '继续倒计时',
} satisfies Locale
