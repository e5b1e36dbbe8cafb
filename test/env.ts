import { vi } from 'vitest'
import { browserEnv, type Env } from '../src/env'

/** The browser environment of the test's window, with warnings collected and the rest overridable. */
export const testEnv = (overrides: Partial<Env> = {}) => {
  const warnings: string[] = []
  const env: Env = { ...browserEnv(window), warn: (message) => warnings.push(message), ...overrides }
  /** Codes of the warnings printed so far (`SC101`, …); warnings arrive asynchronously. */
  const codes = () => warnings.map((message) => message.match(/SC\d+/)?.[0])
  return { env, warnings, codes }
}

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
