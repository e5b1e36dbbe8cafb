import type { Env } from '../env'
import type { ErrorCode } from './errors'
import { loadOnce } from './load-once'

/**
 * A warning sink for one widget: one `console.warn` per distinct problem. The texts live in
 * `errors.ts`, loaded only when a page has a problem (most never do), so the first script
 * stays small; until they arrive, or where they cannot, the code is printed with its details.
 */
export type Warn = (code: ErrorCode, ...args: unknown[]) => void

const texts = loadOnce('warning texts', () => import('./errors'))

export const createWarn = (env: Pick<Env, 'warn'>): Warn => {
  const said = new Set<string>()
  const warn: Warn = (code, ...args) => {
    const key = code + args.join('\u0000')
    if (said.has(key)) return
    said.add(key)
    // Printed once the first try of the texts is over: a missing chunk delays no warning by its retries.
    texts.tried('', warn).then(() => {
      const made = texts.get('')
      try {
        env.warn(made ? made.formatError(code, args) : `[sharecue] ${code}` + (args.length ? ': ' + args.join(', ') : ''))
      } catch { /* a broken console must not break the page */ }
    })
  }
  return warn
}
