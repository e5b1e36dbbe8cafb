import type { Env } from '../env'

/**
 * How long a check waits for an answer: a server that keeps the page waiting longer has as good
 * as failed, and `check()` must settle.
 */
export const probeMs = 8000

/** What a request of the checks came to: an answer, or the error fetch rejected with. */
export type Probe = { response: Response } | { error: unknown }

/** One request with a time limit; never rejects. */
export const probe = async (env: Env, url: string, init: RequestInit): Promise<Probe> => {
  const abort = new AbortController()
  const timer = env.setTimeout(() => abort.abort(), probeMs)
  try {
    return { response: await env.fetch(url, { ...init, signal: abort.signal }) }
  } catch (error) {
    return { error }
  } finally {
    env.clearTimeout(timer)
  }
}

/** Whether an address answers at all, CORS aside: a `no-cors` request resolves (opaque) whenever a server answered. */
export const answers = async (env: Env, url: string, init: RequestInit = {}): Promise<boolean> =>
  'response' in await probe(env, url, { ...init, mode: 'no-cors' })

/**
 * The page's origin as the browser sends it, which a CORS answer must name: `null` in a frame
 * sandboxed without allow-same-origin, whatever its address. `said`: as a message names it.
 */
export const pageOrigin = (env: Env, said?: boolean): string => {
  const origin = env.window.origin || env.window.location.origin
  return said && origin == 'null' ? 'null (a frame sandboxed without allow-same-origin)' : origin
}
