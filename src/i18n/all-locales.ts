import type { Locale } from './locale'
import { en } from './en'
import zhCN from './zh-CN'
import zhTW from './zh-TW'
import ja from './ja'
import ko from './ko'
import es from './es'
import ptBR from './pt-BR'
import fr from './fr'
import de from './de'
import ru from './ru'
import ar from './ar'
import hi from './hi'

/**
 * Every locale table, keyed by tag, bundled rather than loaded lazily: for a server
 * (`sharecue/og`), where a few kilobytes more cost nothing and a lazy load would.
 */
export const allLocales: Record<string, Locale> = Object.fromEntries(
  [en, zhCN, zhTW, ja, ko, es, ptBR, fr, de, ru, ar, hi].map((table) => [table.tag, table]),
)
