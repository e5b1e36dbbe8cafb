import type { AskStrings } from '../locale'

/** "Ask my friends" in ja: loaded by the ask part only (`widget/ask.ts`). */
export default {
  button: '友だちに聞く',
  copy: 'これ、買うべき？ {title}',
  prompt: '友だちがあなたの意見を聞きたがっています',
  yes: '買うべき',
  maybe: 'どうかな',
  no: 'やめとこう',
  thanks: 'ありがとう！回答は友だちに届きます。',
  answers: '友だちの回答：{0}',
  note: '友だちはワンタップで答えられます。このページに戻ると回答が見られます。',
  noMemory: 'このブラウザーは質問を保存できないため、回答をここに表示できません。',
} satisfies AskStrings
