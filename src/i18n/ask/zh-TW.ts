import type { AskStrings } from '../locale'

/** "Ask my friends" in zh-TW: loaded by the ask part only (`widget/ask.ts`). */
export default {
  button: '問問朋友',
  copy: '該買嗎？{title}',
  prompt: '你的朋友想聽聽你的意見',
  yes: '買吧',
  maybe: '不確定',
  no: '別買了',
  thanks: '謝謝！朋友會看到你的回答。',
  answers: '朋友們的回答：{0}',
  note: '朋友一鍵即可回答。回到此頁面即可查看他們的回答。',
  noMemory: '此瀏覽器無法儲存你的提問，因此無法在此顯示回答。',
} satisfies AskStrings
