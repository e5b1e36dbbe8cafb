import { builtin } from './node-builtin'

type Resvg = typeof import('@resvg/resvg-wasm')

let loading: Promise<Resvg> | undefined

/**
 * The PNG renderer, @resvg/resvg-wasm (WebAssembly: no per-platform binaries, so `npm ci`
 * works on every machine), imported on first use and initialised once per process. It is an
 * optional peer dependency: only `renderCardPng` needs it, and its absence is said plainly.
 */
export const loadResvg = (): Promise<Resvg> => loading ??= (async () => {
  let resvg: Resvg
  try {
    resvg = await import('@resvg/resvg-wasm')
  } catch (error) {
    throw new Error('[sharecue] renderCardPng needs @resvg/resvg-wasm, an optional peer dependency: npm install @resvg/resvg-wasm', { cause: error })
  }
  const wasm = await builtin('node:fs').promises.readFile(builtin('node:module').createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'))
  try {
    await resvg.initWasm(wasm)
  } catch (error) {
    // another library in this process initialised the shared module first: use it as it is
    if (!/already initialized/i.test(String(error))) throw error
  }
  return resvg
})().catch((error: unknown) => {
  loading = undefined
  throw error
})
