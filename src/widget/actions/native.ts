import type { ActionContext } from './action'

/**
 * The system share sheet; dismissing it is no error. Complete only when the promise resolves.
 * The script tag's first paint runs it too: the share sheet needs the shopper's own click.
 */
export const native = ({ env, data, complete }: Pick<ActionContext, 'env' | 'data' | 'complete'>): void => {
  env.navigator.share(data).then(complete, () => { /* dismissed */ })
}
