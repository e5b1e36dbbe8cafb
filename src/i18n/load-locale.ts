import type { Locale } from './locale'
import { en, locales, matchLocale } from './locales'

const loaded = new Map<string, Locale>([['en', en]])
const pending = new Map<string, Promise<Locale>>()

/** The table for a tag if it is at hand (English always is). */
export const localeFor = (tag: string): Locale | undefined => loaded.get(matchLocale(tag))

/** Loads the table for a tag; a table that fails to load falls back to English. */
export const loadLocale = (tag: string): Promise<Locale> => {
  const key = matchLocale(tag)
  const have = loaded.get(key)
  if (have) return Promise.resolve(have)
  let promise = pending.get(key)
  if (!promise) {
    promise = locales[key]!().then((module) => {
      loaded.set(key, module.default)
      return module.default
    })
    promise.catch(() => pending.delete(key))
    pending.set(key, promise)
  }
  return promise
}
