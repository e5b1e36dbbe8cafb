import { vi } from 'vitest'
import { browserEnv, type Env } from '../src/env'
import type { MountOptions } from '../src/types'
import { createRuntime, type Runtime } from '../src/runtime/create-runtime'
import { mountIn } from '../src/widget/mount'

/** The browser environment of the test's window, with warnings collected and the rest overridable. */
export const testEnv = (overrides: Partial<Env> = {}) => {
  const warnings: string[] = []
  const env: Env = { ...browserEnv(window), warn: (message) => warnings.push(message), ...overrides }
  /** Codes of the warnings printed so far (`SC101`, …); warnings arrive asynchronously. */
  const codes = () => warnings.map((message) => message.match(/SC\d+/)?.[0])
  return { env, warnings, codes, runtime: runtimeOf(env) }
}

const runtimes = new WeakMap<Env, Runtime>()

/** The runtime of a test environment: one per environment, as a page has one per window. */
export const runtimeOf = (env: Env): Runtime => {
  let runtime = runtimes.get(env)
  if (!runtime) runtimes.set(env, (runtime = createRuntime(env)))
  return runtime
}

/** Mounts a widget in the runtime of a test environment (a fresh one by default). */
export const mount = (target: Element, options: MountOptions = {}, env: Env = testEnv().env) => mountIn(runtimeOf(env), target, options)

/** Waits until `check` passes (warnings, icons and locales arrive asynchronously). */
export const eventually = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 10 })

/** A scratch container in the document, removed after the test. */
export const scratch = (html = '<div></div>'): HTMLElement => {
  const box = document.createElement('section')
  box.innerHTML = html
  document.body.appendChild(box)
  return box.firstElementChild as HTMLElement
}

/** The controls inside a target's shadow root. */
export const controls = (target: Element) =>
  [...(target.shadowRoot?.querySelectorAll<HTMLElement>('[data-channel]') ?? [])]
