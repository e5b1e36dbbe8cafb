import type { Locale } from './locale'
import type { Warn } from '../lib/warn'
import { loadOnce } from '../lib/load-once'
import { en, locales, matchLocale } from './locales'

const tables = loadOnce('locale', (key) => locales[key]!().then((module) => module.default), [['en', en]])

/**
 * The table for a tag if it is at hand (English always is). Where its table could not load
 * (a first try failed; retries may still bring it), the English table inside the script stands in.
 */
export const localeFor = (tag: string): Locale | undefined => tables.get(matchLocale(tag)) ?? (tables.failed(matchLocale(tag)) ? en : undefined)

/** Loads the table for a tag; settles once it has arrived or was given up (English stands in). */
export const loadLocale = (tag: string, warn?: Warn): Promise<Locale> => tables.load(matchLocale(tag), warn).catch(() => en)

/** Settles once the first try for a tag's table is over: time to draw, in it or in English. */
export const localeTried = (tag: string, warn?: Warn): Promise<unknown> => tables.tried(matchLocale(tag), warn)

/** Whether English stands in for a tag's table because its first try failed (a retry may still bring it). */
export const localeFailed = (tag: string): boolean => tables.failed(matchLocale(tag))
