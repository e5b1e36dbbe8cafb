/**
 * The script tag's second stage (`dist/sc-app.js`): the full widget (Preact, the card, dialogs,
 * priced copy), loaded by the first stage when a widget first wants it. It takes over the
 * painted widget's host. The modules it shares with the first stage are not in it: the build
 * hands them over from the first stage (rollup.config.ts).
 */
import { options } from 'preact'
import { en } from './i18n/en'
import { enLater } from './i18n/en-later'
import { refuseLentMarkup } from './ui/lent-markup'

// The first stage's English table lacks what only this stage says (en-later.ts).
Object.assign(en, enLater)
// This stage's Preact is its own: a polluted Object.prototype puts no markup into it.
refuseLentMarkup(options)

export { mountIn } from './widget/mount'
