/** An address as `dns.lookup` gives it. */
export interface LookupAddress { address: string; family: number }
/** `dns.lookup` with `{ all: true }`: every address of a host name. */
export type Lookup = (hostname: string, options: { all: true }, callback: (error: Error | null, addresses: LookupAddress[]) => void) => void

/** What the photo fetch uses of an HTTP response. */
export interface IncomingResponse {
  statusCode?: number
  headers: Record<string, string | string[] | undefined>
  on(event: 'data', listener: (chunk: Uint8Array) => void): IncomingResponse
  on(event: 'end' | 'close', listener: () => void): IncomingResponse
  on(event: 'error', listener: (error: Error) => void): IncomingResponse
  destroy(error?: Error): void
}
interface ClientRequest {
  on(event: 'response', listener: (response: IncomingResponse) => void): ClientRequest
  on(event: 'error', listener: (error: Error) => void): ClientRequest
  end(): void
  destroy(error?: Error): void
}
/** `http.get` / `https.get` with the options the photo fetch passes. */
type Get = (url: URL, options: { lookup: (hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => void; headers: Record<string, string>; signal: AbortSignal }) => ClientRequest

/** What the render pool uses of a worker thread. */
export interface WorkerThread {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void
  on(event: 'message', listener: (message: unknown) => void): WorkerThread
  on(event: 'error', listener: (error: Error) => void): WorkerThread
  on(event: 'exit', listener: (code: number) => void): WorkerThread
  terminate(): Promise<number>
  unref(): void
  ref(): void
}

/** The parts of Node's built-ins that the server card uses. */
interface Builtins {
  'node:fs': { promises: { readFile(path: URL | string): Promise<Uint8Array> } }
  'node:module': { createRequire(from: string): { resolve(id: string): string } }
  'node:url': { pathToFileURL(path: string): URL; fileURLToPath(url: URL | string): string }
  'node:dns': { lookup: Lookup }
  'node:net': { isIP(input: string): number }
  'node:http': { get: Get }
  'node:https': { get: Get }
  'node:os': { availableParallelism(): number }
  'node:worker_threads': { Worker: new (code: string, options: { eval: true; workerData: unknown }) => WorkerThread }
}

/**
 * A Node built-in, through `process.getBuiltinModule` (Node 20.16+, so within `engines`):
 * src/ compiles without Node's types, as the rest of it runs in browsers, and this keeps the
 * server code typed without them, in both the ES module and the CommonJS build.
 * https://nodejs.org/api/process.html#processgetbuiltinmoduleid
 *
 * @example builtin('node:fs').promises.readFile(url)
 */
export const builtin = <K extends keyof Builtins>(id: K): Builtins[K] =>
  (globalThis as unknown as { process: { getBuiltinModule(id: string): unknown } }).process.getBuiltinModule(id) as Builtins[K]
