import type { AskStrings } from '../locale'

/** "Ask my friends" in ar: loaded by the ask part only (`widget/ask.ts`). */
export default {
  button: 'اسأل أصدقائي',
  copy: 'هل أشتريه؟ {title}',
  prompt: 'صديقك يريد رأيك',
  yes: 'اشترِه',
  maybe: 'لست متأكدًا',
  no: 'لا تشترِه',
  thanks: 'شكرًا! سيرى صديقك إجابتك.',
  answers: 'قال أصدقاؤك: {0}',
  note: 'يجيب أصدقاؤك بنقرة واحدة. عد إلى هذه الصفحة لترى ما قالوه.',
  noMemory: 'لا يمكن لهذا المتصفح حفظ سؤالك، لذا لا يمكن عرض إجاباتهم هنا.',
} satisfies AskStrings
