import { builtin, type WorkerThread } from './node-builtin'

/**
 * The worker's code: resvg (WebAssembly) initialised once per worker, fonts read once per
 * worker, then one render per message. It is a string run with `eval`, as `sharecue/og`
 * ships as one file per module format and a worker needs a file or a string. It uses neither
 * `require` nor `import` statements: an eval'd worker is CommonJS or an ES module depending on
 * the host's flags (`--input-type=module` is passed on to workers).
 */
const workerCode = `
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads')
const { readFileSync } = process.getBuiltinModule('node:fs')
const { fileURLToPath, pathToFileURL } = process.getBuiltinModule('node:url')
const ready = import(pathToFileURL(workerData.resvg).href).then(async (module) => {
  const resvg = module.Resvg ? module : module.default
  await resvg.initWasm(readFileSync(workerData.wasm)).catch((error) => {
    if (!/already initialized/i.test(String(error))) throw error
  })
  return resvg
})
const fonts = new Map()
const font = (href) => {
  if (!fonts.has(href)) fonts.set(href, readFileSync(fileURLToPath(href)))
  return fonts.get(href)
}
parentPort.on('message', async ({ id, svg, fonts: hrefs }) => {
  try {
    const resvg = await ready
    const renderer = new resvg.Resvg(svg, {
      font: { fontBuffers: hrefs.map(font), defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
      fitTo: { mode: 'original' },
    })
    try {
      const image = renderer.render()
      try {
        const png = image.asPng()
        parentPort.postMessage({ id, png }, [png.buffer])
      } finally { image.free() }
    } finally { renderer.free() }
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) })
  }
})
`

interface Job { id: number; svg: string; fonts: string[]; timeout: number; resolve: (png: Uint8Array) => void; reject: (error: Error) => void }
interface Slot { worker: WorkerThread; job?: Job; timer?: ReturnType<typeof setTimeout> }

/** Workers at most: each holds a resvg and its fonts (tens of MB); more than 4 rarely renders faster. */
const maxWorkers = 4

let slots: Slot[] | undefined
const waiting: Job[] = []
let ids = 0

const paths = () => {
  const require = builtin('node:module').createRequire(import.meta.url)
  return { resvg: require.resolve('@resvg/resvg-wasm'), wasm: require.resolve('@resvg/resvg-wasm/index_bg.wasm') }
}

const spawn = (slot: Partial<Slot>): Slot => {
  const worker = new (builtin('node:worker_threads').Worker)(workerCode, { eval: true, workerData: paths() })
  const full = Object.assign(slot, { worker }) as Slot
  worker.on('message', (message) => {
    const { id, png, error } = message as { id: number; png?: Uint8Array; error?: string }
    const job = full.job
    if (!job || job.id !== id) return
    finish(full, error === undefined ? () => job.resolve(png!) : () => job.reject(new Error(error)))
  })
  worker.on('error', (error) => {
    const job = full.job
    restart(full)
    job?.reject(error)
  })
  // An idle pool must not keep the process alive. After the listeners: adding a 'message'
  // listener refs the worker's port again.
  worker.unref()
  return full
}

/** Replaces a slot's worker (after a time-out or a crash) and goes on with the queue. */
const restart = (slot: Slot) => {
  clearTimeout(slot.timer)
  slot.job = undefined
  void slot.worker.terminate()
  spawn(slot)
  next(slot)
}

const finish = (slot: Slot, settle: () => void) => {
  clearTimeout(slot.timer)
  slot.job = undefined
  slot.worker.unref()
  settle()
  next(slot)
}

const next = (slot: Slot) => {
  const job = waiting.shift()
  if (!job) return
  slot.job = job
  // A render in progress keeps the process alive until it is answered.
  slot.worker.ref()
  slot.timer = setTimeout(() => {
    restart(slot)
    job.reject(new Error(`the card took longer than ${job.timeout} ms to draw`))
  }, job.timeout)
  slot.worker.postMessage({ id: job.id, svg: job.svg, fonts: job.fonts })
}

/**
 * Draws an SVG as a PNG in a worker thread, so that the host's event loop stays free while
 * resvg decodes photos and rasterises (a card takes tens of milliseconds; 50 at once took
 * the photo fetches' time away). Up to 4 workers (fewer on a smaller machine); renders wait
 * their turn in order. A render that passes `timeout` ms is stopped: its worker is replaced.
 *
 * @example const png = await renderInWorker(svg, [fontUrl.href], 10_000)
 */
export const renderInWorker = (svg: string, fonts: string[], timeout: number): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    slots ??= Array.from({ length: Math.max(1, Math.min(maxWorkers, builtin('node:os').availableParallelism())) }, () => spawn({}))
    waiting.push({ id: ++ids, svg, fonts, timeout, resolve, reject })
    const idle = slots.find((slot) => !slot.job)
    if (idle) next(idle)
  })
