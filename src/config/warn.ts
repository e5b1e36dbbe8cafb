import type { Env } from '../env'
import type { ErrorCode } from './errors'

/**
 * A warning sink for one widget: one `console.warn` per distinct problem. The texts live in
 * `errors.ts`, loaded only when a page has a problem (most never do), so the first script
 * stays small; should that load fail, the bare code is still printed.
 */
export type Warn = (code: ErrorCode, ...args: unknown[]) => void

export const createWarn = (env: Pick<Env, 'warn'>): Warn => {
  const said = new Set<string>()
  return (code, ...args) => {
    const key = code + args.join('\u0000')
    if (said.has(key)) return
    said.add(key)
    const say = (message: string) => {
      try { env.warn(message) } catch { /* a broken console must not break the page */ }
    }
    import('./errors').then(({ formatError }) => say(formatError(code, args)), () => say(`[sharecue] ${code}`))
  }
}
