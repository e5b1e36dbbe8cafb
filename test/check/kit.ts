import type { Env } from '../../src/env'
import { testEnv } from '../env'

/** A page parsed from its head and body, as the checks read it. */
export const page = (head: string, body = '') =>
  new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html')

/** What a stub server does with a request: answer with a status, or refuse it (a CORS refusal or no server: fetch rejects). */
export type Answer = number | 'refused'

/**
 * A test environment whose fetch answers CORS requests with `cors` and `no-cors` requests
 * with `noCors` (a server that answers at all passes those), and records every request.
 */
export const network = (cors: Answer, noCors: Answer = cors === 'refused' ? 'refused' : cors, overrides: Partial<Env> = {}) => {
  const requests: { url: string; init: RequestInit }[] = []
  const { env } = testEnv({
    fetch: async (url, init) => {
      requests.push({ url, init })
      const answer = init.mode === 'no-cors' ? noCors : cors
      if (answer === 'refused') throw new TypeError('Failed to fetch')
      return new Response(null, { status: answer })
    },
    ...overrides,
  })
  return { env, requests }
}
