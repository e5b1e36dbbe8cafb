import type { Locale } from './locale'
import { en } from './en'

/**
 * Every locale, keyed by tag. English ships in the first script; the others load lazily,
 * so a page downloads only its own language.
 */
export const locales: Record<string, () => Promise<{ default: Locale }>> = {
  'zh-CN': () => import('./zh-CN'),
  'zh-TW': () => import('./zh-TW'),
  ja: () => import('./ja'),
  ko: () => import('./ko'),
  es: () => import('./es'),
  'pt-BR': () => import('./pt-BR'),
  fr: () => import('./fr'),
  de: () => import('./de'),
  ru: () => import('./ru'),
  ar: () => import('./ar'),
  hi: () => import('./hi'),
}

export { en }

/**
 * Tags that map onto another table: Simplified Chinese (zh, zh-Hans, Singapore) reads zh-CN,
 * Traditional (zh-Hant, Hong Kong, Macau) zh-TW; Portuguese, Portugal's too, reads pt-BR, the
 * only Portuguese table. Every other regional tag reads its language's table (es-MX → es).
 */
const aliases: Record<string, string> = {
  zh: 'zh-CN', 'zh-hans': 'zh-CN', 'zh-hant': 'zh-TW', 'zh-hk': 'zh-TW', 'zh-mo': 'zh-TW', pt: 'pt-BR',
}

/**
 * The table tag for a BCP 47 tag: exact, then alias, then the language alone, then English.
 * Example: `matchLocale('zh-Hans-CN')` → `'zh-CN'`.
 */
export const matchLocale = (tag: string): string => {
  const lower = tag.toLowerCase()
  for (const key in locales) if (key.toLowerCase() === lower) return key
  const parts = lower.split('-')
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('-')
    if (aliases[prefix]) return aliases[prefix]
    for (const key in locales) if (key.toLowerCase() === prefix) return key
  }
  return 'en'
}
