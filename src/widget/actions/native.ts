import type { ActionContext } from './action'
import { copy } from './copy'

/**
 * The system share sheet; dismissing it is no error. Complete only when the promise resolves.
 * A sheet that cannot open (one already open, data the platform refuses) copies the link
 * instead, with SC315, so the click still shares. The script tag's first paint runs it too: the
 * share sheet needs the shopper's own click.
 */
export const native = (ctx: Pick<ActionContext, 'env' | 'data' | 'root' | 'locale' | 'warn' | 'complete' | 'say'>): void => {
  ctx.env.navigator.share(ctx.data).then(ctx.complete, (error: Error) => {
    if (error?.name != 'AbortError') ctx.warn('SC315', error), copy({ ...ctx, complete() {} })
  })
}
