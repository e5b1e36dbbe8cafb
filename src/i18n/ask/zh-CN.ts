import type { AskStrings } from '../locale'

/** "Ask my friends" in zh-CN: loaded by the ask part only (`widget/ask.ts`). */
export default {
  button: '问问朋友',
  copy: '该买吗？{title}',
  prompt: '你的朋友想听听你的意见',
  yes: '买吧',
  maybe: '不确定',
  no: '别买了',
  thanks: '谢谢！朋友会看到你的回答。',
  answers: '朋友们的回答：{0}',
  note: '朋友一键即可回答。回到此页面即可查看他们的回答。',
  noMemory: '此浏览器无法保存你的提问，因此无法在此显示回答。',
} satisfies AskStrings
