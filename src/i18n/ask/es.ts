import type { AskStrings } from '../locale'

/** "Ask my friends" in es: loaded by the ask part only (`widget/ask.ts`). */
export default {
  button: 'Preguntar a mis amigos',
  copy: '¿Me lo compro? {title}',
  prompt: 'Tu amigo quiere tu opinión',
  yes: 'Cómpralo',
  maybe: 'No sé',
  no: 'Mejor no',
  thanks: '¡Gracias! Tu amigo verá tu respuesta.',
  answers: 'Tus amigos dijeron: {0}',
  note: 'Tus amigos responden con un toque. Vuelve a esta página para ver lo que dijeron.',
  noMemory: 'Este navegador no puede guardar tu pregunta, así que sus respuestas no se pueden mostrar aquí.',
} satisfies AskStrings
