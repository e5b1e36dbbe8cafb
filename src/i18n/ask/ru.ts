import type { AskStrings } from '../locale'

/** "Ask my friends" in ru: loaded by the ask part only (`widget/ask.ts`). */
export default {
  button: 'Спросить друзей',
  copy: 'Стоит брать? {title}',
  prompt: 'Друг хочет узнать ваше мнение',
  yes: 'Бери',
  maybe: 'Не уверен',
  no: 'Не стоит',
  thanks: 'Спасибо! Друг увидит ваш ответ.',
  answers: 'Друзья ответили: {0}',
  note: 'Друзья отвечают одним нажатием. Вернитесь на эту страницу, чтобы увидеть ответы.',
  noMemory: 'Этот браузер не может сохранить ваш вопрос, поэтому ответы здесь не появятся.',
} satisfies AskStrings
