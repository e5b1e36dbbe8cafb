/** What `check()` looks at, one finding each. */
export type FindingCode = 'chunks' | 'endpoint' | 'canonical' | 'json-ld' | 'deadline' | 'og-image' | 'space'

/** `error`: something is broken; `warning`: it works, worse than it could; `ok`: nothing to do. */
export type FindingLevel = 'error' | 'warning' | 'ok'

/**
 * One result of `ShareCue.check()`: what was found, in plain words, and how to fix it
 * (`fix` is empty when the level is `ok`).
 */
export interface Finding {
  code: FindingCode
  level: FindingLevel
  message: string
  fix: string
}

/** A finding, as the checks make them. */
export const finding = (code: FindingCode, level: FindingLevel, message: string, fix = ''): Finding => ({ code, level, message, fix })
