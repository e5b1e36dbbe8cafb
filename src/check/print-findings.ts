import type { Finding } from './finding'

const marks = { error: '✗', warning: '!', ok: '✓' }

/**
 * The findings as one console message: a headline with the counts, then a line per finding
 * with its fix. One message, so a merchant sees the whole report together, at the level of
 * the worst finding.
 *
 * @example printFindings(findings, console)
 */
export const printFindings = (findings: readonly Finding[], out: Pick<Console, 'error' | 'warn' | 'info'>): void => {
  const count = (level: Finding['level']) => findings.filter((f) => f.level === level).length
  const errors = count('error')
  const warnings = count('warning')
  const lines = findings.map((f) => `${marks[f.level]} ${f.code}: ${f.message}${f.fix ? `\n    Fix: ${f.fix}` : ''}`)
  const head = `[sharecue] check: ${errors} error(s), ${warnings} warning(s), ${count('ok')} fine`
  try {
    out[errors ? 'error' : warnings ? 'warn' : 'info']([head, ...lines].join('\n'))
  } catch { /* a broken console must not break the check */ }
}
