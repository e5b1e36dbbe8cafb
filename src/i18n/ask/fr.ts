import type { AskStrings } from '../locale'

/** "Ask my friends" in fr: loaded by the ask part only (`widget/ask.ts`). */
export default {
  button: 'Demander à mes amis',
  copy: 'Je le prends ? {title}',
  prompt: 'Un ami aimerait votre avis',
  yes: 'Prends-le',
  maybe: 'Pas sûr',
  no: 'Laisse tomber',
  thanks: 'Merci ! Votre réponse sera transmise.',
  answers: 'Vos amis ont répondu : {0}',
  note: 'Vos amis répondent en un clic. Revenez sur cette page pour voir leurs réponses.',
  noMemory: 'Ce navigateur ne peut pas garder votre question : leurs réponses ne pourront pas s’afficher ici.',
} satisfies AskStrings
