import type { Env } from '../env'
import type { Finding } from './finding'
import { runCheck } from './run-check'

/** What the check needs of the script tag's runtime. */
export interface CheckRuntime {
  env: Env
  config: { endpoint?: string | undefined }
}

/**
 * `dist/sc-check.js`, a classic script whose one export becomes `window.__scCheck`: the
 * script tag's `check()`, with the endpoint in force and the script's URL for its lazy parts.
 */
export default (runtime: CheckRuntime, scriptUrl: string): Promise<Finding[]> =>
  // import() lives here, in the script tag's part only: in the npm module a bundler would
  // take an import of a run-time URL for a dependency it cannot find.
  runCheck(runtime.env, { scriptUrl, endpoint: runtime.config.endpoint, importModule: (url) => import(url) })
