import type { Locale } from './locale'
import { en } from './en'

/**
 * Every locale, keyed by tag. English ships in the first script; the others load lazily,
 * so a page downloads only its own language.
 */
export const locales: Record<string, () => Promise<{ default: Locale }>> = {
  'zh-CN': () => import('./zh-CN'),
  ar: () => import('./ar'),
}

export { en }

/**
 * Tags that map onto another table: Simplified Chinese everywhere is zh-CN; Traditional
 * Chinese (Taiwan, Hong Kong, Macau) is not, and reads English until it has its own table.
 */
const aliases: Record<string, string> = {
  zh: 'zh-CN', 'zh-hans': 'zh-CN', 'zh-hant': 'en', 'zh-tw': 'en', 'zh-hk': 'en', 'zh-mo': 'en',
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
