import type { AskStrings } from '../locale'

/** "Ask my friends" in pt-BR: loaded by the ask part only (`widget/ask.ts`). */
export default {
  button: 'Perguntar aos amigos',
  copy: 'Devo comprar? {title}',
  prompt: 'Seu amigo quer sua opinião',
  yes: 'Compra',
  maybe: 'Não sei',
  no: 'Melhor não',
  thanks: 'Obrigado! Seu amigo vai ver sua resposta.',
  answers: 'Seus amigos disseram: {0}',
  note: 'Seus amigos respondem com um toque. Volte a esta página para ver o que disseram.',
  noMemory: 'Este navegador não pode guardar sua pergunta, então as respostas não podem aparecer aqui.',
} satisfies AskStrings
