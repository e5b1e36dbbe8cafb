import type { Env } from '../env'
import type { Finding } from './finding'
import { checkChunks, type ImportModule } from './check-chunks'
import { checkEndpoint } from './check-endpoint'
import { checkCanonical } from './check-canonical'
import { checkJsonLd } from './check-json-ld'
import { checkDeadline } from './check-deadline'
import { checkOgImage } from './check-og-image'
import { checkSpace } from './check-space'
import { printFindings } from './print-findings'

export interface CheckOptions {
  /** The script tag's own URL, whose folder the lazy parts load from; none for the npm module (a bundler serves its chunks). */
  scriptUrl?: string | undefined
  /** How modules are imported (the browser's `import()`); the lazy parts are checked only with it and `scriptUrl`. */
  importModule?: ImportModule | undefined
  /** The events endpoint in force (`data-endpoint`, `configure()`). */
  endpoint?: string | undefined
  /** Where the report is printed, once per run. */
  out?: Pick<Console, 'error' | 'warn' | 'info'>
}

/**
 * Looks at the page as the widget sees it and reports what a merchant can fix: lazy parts that
 * do not load, an endpoint that refuses the page, no canonical URL, no JSON-LD product, a past
 * deadline, no og:image, a widget taller than the height its page reserves. One finding per
 * check, in this order, each `ok`, `warning` or `error` with a fix; printed once as one message.
 * Sends no event: the endpoint gets an empty batch.
 *
 * @example const findings = await runCheck(browserEnv(window), { scriptUrl, endpoint })
 */
export const runCheck = async (env: Env, options: CheckOptions = {}): Promise<Finding[]> => {
  const { scriptUrl, importModule, endpoint, out = console } = options
  const doc = env.document
  const findings = await Promise.all([
    ...(scriptUrl && importModule ? [checkChunks(env, scriptUrl, importModule)] : []),
    checkEndpoint(env, endpoint),
    checkCanonical(doc),
    checkJsonLd(doc),
    checkDeadline(env),
    checkOgImage(doc),
    checkSpace(doc),
  ])
  printFindings(findings, out)
  return findings
}
