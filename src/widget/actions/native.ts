import type { Action } from './action'

/** The system share sheet; dismissing it is no error. Complete only when the promise resolves. */
export const native: Action = ({ env, data, complete }) => {
  env.navigator.share(data).then(complete, () => { /* dismissed */ })
}
