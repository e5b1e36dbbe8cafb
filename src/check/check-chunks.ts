import type { Env } from '../env'
import { finding, type Finding } from './finding'
import { answers, pageOrigin, probe } from './probe'

/**
 * The part asked for: the full widget, which loads on a page as soon as a shopper reaches for
 * a widget. Every copy of the script needs it, whatever its languages and channels.
 */
const part = 'sc-app.js'

/** Imports a module by its URL: the browser's `import()`, which the lazy parts go through. */
export type ImportModule = (url: string) => Promise<unknown>

/**
 * Whether the script's lazy parts (`sc-*.js`, JavaScript modules: CORS across origins, and the
 * page's CSP `script-src`) load on this page: `sc-app.js` is imported from the script's own
 * folder as the script imports it, under a URL of its own (`?check`), so a failure here cannot
 * stand in the page's module map for the real load. Only when the import fails is the file
 * fetched, to say why: missing (its status), refused for want of CORS (a request without CORS
 * gets an answer), unreachable, or, when it can be fetched with CORS, refused by the CSP.
 *
 * @example await checkChunks(env, 'https://cdn.example/sharecue/sharecue.js', (url) => import(url))
 */
export const checkChunks = async (env: Env, scriptUrl: string, importModule: ImportModule): Promise<Finding> => {
  const url = new URL(part, scriptUrl).href
  const folder = url.slice(0, -part.length)
  const loaded = await importModule(url + '?check').then(() => true, () => false)
  if (loaded) return finding('chunks', 'ok', `The lazy parts (icons, languages, the full widget) load from ${folder}.`)
  const copy = `Copy every dist/sc-*.js file of the same version into ${folder}, beside the script.`
  const got = await probe(env, url, { mode: 'cors', cache: 'no-store' })
  if ('response' in got) {
    const { status } = got.response
    return got.response.ok
      ? finding('chunks', 'error', `${url} can be fetched, but the browser did not run it as a module: the page's Content-Security-Policy may not allow scripts from ${folder}, or the file is of another version, so the lazy parts (icons, languages, the full widget) do not load.`,
        `Add ${new URL(folder).origin} to script-src in the page's Content-Security-Policy, and copy the sc-*.js files of the script's own version.`)
      : finding('chunks', 'error', `${url} answered ${status}: the lazy parts (icons, languages, the full widget) are not where the script looks for them, so the widget stays a plain row of links.`, copy)
  }
  if (await answers(env, url, { cache: 'no-store' })) {
    return finding('chunks', 'error',
      `${url} is served without Access-Control-Allow-Origin for ${pageOrigin(env, true)}, so the browser refuses the lazy parts (icons, languages, the full widget): they load as JavaScript modules, which need CORS across origins.`,
      `Make the server or CDN of ${folder} send "Access-Control-Allow-Origin: *" with the sc-*.js files (they hold no secrets).`)
  }
  return finding('chunks', 'error', `${url} could not be reached (${String(got.error)}; or the page's CSP connect-src refused this check's request): the lazy parts (icons, languages, the full widget) do not load.`, copy)
}
