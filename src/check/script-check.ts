import type { Env } from '../env'
import type { Finding } from './finding'
import { runCheck } from './run-check'

/** What the check needs of the script tag's runtime. */
export interface CheckRuntime {
  env: Env
  config: { endpoint?: string | undefined }
}

/**
 * The script tag's `check()`, with the endpoint in force and the script's URL for its lazy parts.
 */
const check = (runtime: CheckRuntime, scriptUrl: string): Promise<Finding[]> =>
  // import() lives here, in the script tag's part only: in the npm module a bundler would
  // take an import of a run-time URL for a dependency it cannot find.
  runCheck(runtime.env, { scriptUrl, endpoint: runtime.config.endpoint, importModule: (url) => import(url) })

export type ScriptCheck = typeof check

// `dist/sc-check.js` is a classic script: it leaves `check` in `window.__scCheck`, an assigned
// (so deletable) property, which the loader (check-from.ts) takes and deletes at once.
;(window as unknown as { __scCheck?: ScriptCheck }).__scCheck = check
