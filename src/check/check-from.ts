import type { Finding } from './finding'
import type { CheckRuntime } from './script-check'
import { make, rootOf } from '../lib/dom'

type Loaded = {
  __scCheck?: import('./script-check').ScriptCheck
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): { createScriptURL(url: string): string } }
}

/** The Trusted Types policy `sharecue`, made once: a `trusted-types` list may refuse a second. */
let policy: { createScriptURL(url: string): string } | undefined

/**
 * `ShareCue.check()` on the script tag: loads `sc-check.js` from the script's folder, with the
 * script's CSP nonce (a nonce-only policy refuses a script without it), and runs it. A classic
 * script, unlike the other lazy parts (modules, which need CORS from another origin), because
 * the check must run where those are refused, to say so; it leaves its function in
 * `window.__scCheck`, which is taken out again with the element. Rejects with an Error naming
 * the file where it does not load. Kept this small because the first script carries it.
 *
 * @example checkFrom(window, 'https://cdn.example/sharecue.js', runtime, '')
 */
export const checkFrom = (win: Window, scriptUrl: string, runtime: CheckRuntime, nonce: string): Promise<Finding[]> => new Promise((ran, failed) => {
  // Made and placed through Document.prototype: the page's markup may shadow the document's own (lib/dom.ts).
  const el = make(win.document, 'script')
  const url = new URL('sc-check.js', scriptUrl).href
  // Under Trusted Types (`require-trusted-types-for 'script'`, as in a strict CSP) a script's URL
  // must come from a policy: ours is named sharecue (README). A `trusted-types` list without it
  // makes check() reject with the browser's word for that.
  el.src = (policy ??= (win as Loaded).trustedTypes?.createPolicy('sharecue', { createScriptURL: String }))?.createScriptURL(url) ?? url
  if (nonce) el.nonce = nonce
  el.onload = () => {
    const check = (win as Loaded).__scCheck!
    delete (win as Loaded).__scCheck
    el.remove()
    ran(check(runtime, scriptUrl))
  }
  el.onerror = () => (el.remove(), failed(Error(el.src + ' did not load')))
  rootOf(win.document)!.append(el)
})
