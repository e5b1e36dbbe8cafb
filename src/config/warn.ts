import type { Env } from '../env'
import { formatError, type ErrorCode } from './errors'

/**
 * A warning sink for one widget: one `console.warn` per distinct problem, so a page with
 * 200 widgets sharing one bad price warns once per widget, not once per render.
 */
export type Warn = (code: ErrorCode, ...args: unknown[]) => void

export const createWarn = (env: Pick<Env, 'warn'>): Warn => {
  const said = new Set<string>()
  return (code, ...args) => {
    const message = formatError(code, args)
    if (said.has(message)) return
    said.add(message)
    try { env.warn(message) } catch { /* a broken console must not break the page */ }
  }
}
