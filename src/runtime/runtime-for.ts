import { browserEnv } from '../env'
import { createRuntime, type Runtime } from './create-runtime'

const runtimes = new WeakMap<object, Runtime>()

/**
 * The runtime of a window, made at its first use: every widget, `configure()` and `on()` of a
 * window share it, and another window (an iframe) has its own.
 */
export const runtimeFor = (win: Window = globalThis as unknown as Window): Runtime => {
  let runtime = runtimes.get(win)
  if (!runtime) runtimes.set(win, (runtime = createRuntime(browserEnv(win))))
  return runtime
}
