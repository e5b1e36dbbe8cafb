import type { Finding } from './finding'
import type { CheckRuntime } from './script-check'

/**
 * `ShareCue.check()` on the script tag: loads `sc-check.js` from the script's folder and runs
 * it. A classic script, unlike the other lazy parts (modules, which need CORS from another
 * origin), because the check must run where those are refused, to say so; it leaves its
 * function in `window.__scCheck`. Rejects with an Error naming the file where it does not load.
 * Kept this small because the first script carries it.
 *
 * @example checkFrom(window, 'https://cdn.example/sharecue.js', runtime)
 */
export const checkFrom = (win: Window, scriptUrl: string, runtime: CheckRuntime): Promise<Finding[]> => new Promise((ran, failed) => {
  const el = win.document.createElement('script')
  el.src = new URL('sc-check.js', scriptUrl).href
  el.onload = () => ran((win as unknown as { __scCheck: typeof import('./script-check').default }).__scCheck(runtime, scriptUrl))
  el.onerror = () => failed(Error(el.src + ' did not load'))
  win.document.head.append(el)
})
