import type { Locale } from './locale'
import { loadOnce } from '../load-once'
import { en, locales, matchLocale } from './locales'

const tables = loadOnce((key) => locales[key]!().then((module) => module.default), [['en', en]])

/** The table for a tag if it is at hand (English always is). */
export const localeFor = (tag: string): Locale | undefined => tables.get(matchLocale(tag))

/** Loads the table for a tag. */
export const loadLocale = (tag: string): Promise<Locale> => tables.load(matchLocale(tag))
