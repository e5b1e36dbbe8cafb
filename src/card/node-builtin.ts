/** The parts of Node's built-ins that the server card uses. */
interface Builtins {
  'node:fs': { promises: { readFile(path: URL | string): Promise<Uint8Array> } }
  'node:module': { createRequire(from: string): { resolve(id: string): string } }
  'node:url': { pathToFileURL(path: string): URL }
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
