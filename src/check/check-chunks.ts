import type { Env } from '../env'
import { finding, type Finding } from './finding'
import { answers, probe } from './probe'

/**
 * The part asked for: the full widget, which loads on a page as soon as a shopper reaches for
 * a widget. Every copy of the script needs it, whatever its languages and channels.
 */
const part = 'sc-app.js'

/**
 * Whether the script's lazy parts (`sc-*.js`, loaded as JavaScript modules, so with CORS) load
 * on this page: `sc-app.js` is fetched from the script's own folder as a module would be. A
 * refusal is told apart from a missing server by asking again without CORS, which any server
 * that answers passes.
 *
 * @example await checkChunks(env, 'https://cdn.example/sharecue/sharecue.js')
 */
export const checkChunks = async (env: Env, scriptUrl: string): Promise<Finding> => {
  const url = new URL(part, scriptUrl).href
  const folder = url.slice(0, -part.length)
  const copy = `Copy every dist/sc-*.js file of the same version into ${folder}, beside the script.`
  const got = await probe(env, url, { mode: 'cors', cache: 'no-store' })
  if ('response' in got) {
    const { status } = got.response
    return got.response.ok
      ? finding('chunks', 'ok', `The lazy parts (icons, languages, the full widget) load from ${folder}.`)
      : finding('chunks', 'error', `${url} answered ${status}: the lazy parts (icons, languages, the full widget) are not where the script looks for them, so the widget stays a plain row of links.`, copy)
  }
  if (await answers(env, url, { cache: 'no-store' })) {
    return finding('chunks', 'error',
      `${url} is served without Access-Control-Allow-Origin for ${env.window.location.origin}, so the browser refuses the lazy parts (icons, languages, the full widget): they load as JavaScript modules, which need CORS across origins.`,
      `Make the server or CDN of ${folder} send "Access-Control-Allow-Origin: *" with the sc-*.js files (they hold no secrets).`)
  }
  return finding('chunks', 'error', `${url} could not be reached (${String(got.error)}): the lazy parts (icons, languages, the full widget) do not load.`, copy)
}
