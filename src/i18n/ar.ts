import type { Locale } from './locale'

export default {
  tag: 'ar',
  dir: 'rtl',
  // WhatsApp and Telegram lead messaging across the Arabic-speaking markets.
  channels: ['native', 'whatsapp', 'facebook', 'x', 'telegram', 'email', 'copy'],
  names: { native: 'مشاركة', copy: 'نسخ الرابط', email: 'البريد الإلكتروني', sms: 'رسالة نصية', image: 'صورة' },
  templates: {
    private: 'أظن أن هذا سيعجبك: {title} – {price}',
    group: '{title} – {price}',
    public: '{title} – {price}',
  },
  plain: '{title}',
  share: 'شارك هذا المنتج',
  shareOn: 'شارك على {0}',
  scopes: { private: 'أرسل إلى صديق', group: 'شارك مع مجموعة', public: 'انشر للجميع' },
  copied: 'تم نسخ الرابط',
  copyFailed: 'تعذّر النسخ: حدّد الرابط وانسخه',
  close: 'إغلاق',
  wechatTitle: 'شارك على WeChat',
  wechatScan: 'امسح الرمز باستخدام WeChat، ثم شارك الصفحة التي تُفتح.',
  wechatInApp: 'اضغط على ··· في الأعلى لإرسال هذه الصفحة إلى صديق أو إلى Moments.',
  wechatQr: 'رمز QR لرابط المنتج على WeChat',
  mastodonServer: 'خادم Mastodon الخاص بك',
  mastodonGo: 'شارك',
  mastodonInvalid: 'أدخل اسم خادم مثل mastodon.social',
  newTab: '(يُفتح في علامة تبويب جديدة)',
} satisfies Locale
