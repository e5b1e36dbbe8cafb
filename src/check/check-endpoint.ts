import type { Env } from '../env'
import { finding, type Finding } from './finding'
import { answers, pageOrigin, probe } from './probe'

/** An empty batch: a valid body that carries no event, so the check counts nothing (contract §7). */
const emptyBatch = '{"v":1,"events":[]}'

/**
 * Whether the events endpoint takes this page's batches: an empty batch is posted exactly as
 * events are (`text/plain`, so no preflight; the answer must still carry CORS headers for the
 * page to read it, or every batch is sent again and again). A refusal is told apart from a
 * missing server by posting once more without CORS.
 *
 * @example await checkEndpoint(env, 'https://collector.example/events')
 */
export const checkEndpoint = async (env: Env, endpoint: string | undefined): Promise<Finding> => {
  if (!endpoint) return finding('endpoint', 'ok', 'No events endpoint is set, so no events are sent (set data-endpoint to collect them).')
  const origin = pageOrigin(env)
  const named = pageOrigin(env, true)
  const init: RequestInit = { method: 'POST', body: emptyBatch, headers: { 'content-type': 'text/plain;charset=UTF-8' } }
  const got = await probe(env, endpoint, init)
  if ('response' in got) {
    const { status } = got.response
    return got.response.ok
      ? finding('endpoint', 'ok', `The events endpoint ${endpoint} takes batches from ${named} (it answered ${status}).`)
      : finding('endpoint', 'error', `The events endpoint ${endpoint} answered ${status} to an empty batch from ${named}: events from this page are ${status >= 500 || status == 408 || status == 429 ? 'kept and retried, but not delivered' : 'dropped'}.`,
        status == 403 ? `Add ${origin} to the endpoint's allowed origins (sharecue's collector: SHARECUE_ORIGINS).` : `Make ${endpoint} answer 2xx to a POST of {"v":1,"events":[…]} from ${origin}.`)
  }
  if (await answers(env, endpoint, init)) {
    return finding('endpoint', 'error',
      `The events endpoint ${endpoint} answers without Access-Control-Allow-Origin for ${named}, so the page cannot read its answers: every batch counts as failed and is sent again.`,
      `Make ${endpoint} answer requests from ${origin} with "Access-Control-Allow-Origin: ${origin}" (sharecue's collector: add it to SHARECUE_ORIGINS).`)
  }
  return finding('endpoint', 'error', `The events endpoint ${endpoint} could not be reached (${String(got.error)}): events wait in the queue and are not delivered.`,
    'Check the address in data-endpoint (or configure({ endpoint })) and that the server is up.')
}
