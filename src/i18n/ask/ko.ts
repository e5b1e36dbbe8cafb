import type { AskStrings } from '../locale'

/** "Ask my friends" in ko: loaded by the ask part only (`widget/ask.ts`). */
export default {
  button: '친구에게 물어보기',
  copy: '이거 살까? {title}',
  prompt: '친구가 당신의 의견을 묻고 있어요',
  yes: '사',
  maybe: '글쎄',
  no: '사지 마',
  thanks: '고마워요! 친구가 답을 볼 수 있어요.',
  answers: '친구들의 답: {0}',
  note: '친구는 한 번의 탭으로 답해요. 이 페이지로 돌아오면 답을 볼 수 있어요.',
  noMemory: '이 브라우저는 질문을 저장할 수 없어 답을 여기에 표시할 수 없어요.',
} satisfies AskStrings
