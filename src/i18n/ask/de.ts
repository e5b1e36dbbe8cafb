import type { AskStrings } from '../locale'

/** "Ask my friends" in de: loaded by the ask part only (`widget/ask.ts`). */
export default {
  button: 'Freunde fragen',
  copy: 'Soll ich das kaufen? {title}',
  prompt: 'Jemand möchte deine Meinung hören',
  yes: 'Kaufen',
  maybe: 'Unsicher',
  no: 'Lieber nicht',
  thanks: 'Danke! Deine Antwort wird angezeigt.',
  answers: 'Deine Freunde sagen: {0}',
  note: 'Freunde antworten mit einem Tipp. Komm auf diese Seite zurück, um ihre Antworten zu sehen.',
  noMemory: 'Dieser Browser darf deine Frage nicht speichern, daher können die Antworten hier nicht angezeigt werden.',
} satisfies AskStrings
