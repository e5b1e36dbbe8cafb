// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/**
 * Folders point one way: each may import its own files and those of lower layers, never a
 * folder of its own layer or above. Foundations first; the widget and the entries last.
 * Files directly in `src/` are named one by one.
 */
const layers: Record<string, number> = {
  'types.ts': 0, 'env.ts': 0, 'version.ts': 0, 'own-script.ts': 0, icons: 0, qr: 0,
  lib: 1,
  i18n: 2, product: 2,
  channels: 3,
  share: 4, config: 4,
  card: 5, events: 5,
  // What check() looks at: the page as the product readers see it, and the network.
  check: 5,
  styles: 6, ui: 6, runtime: 6, 'attach-host.ts': 6, 'schedule-mounts.ts': 6,
  widget: 7,
  'index.ts': 8, 'app.ts': 8, 'og.ts': 8, 'global.ts': 8,
  // The script tag's first stage loads its second, `app.ts`.
  'auto.ts': 9,
  // `sharecue/react` sits on the package's public API (imported as `sharecue`), above the entries.
  react: 9, 'react.ts': 10,
}

const src = resolve('src')
const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name)
  return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : []
})
/** The folder (or, for a file directly in `src/`, the file) a source file belongs to. */
const unit = (file: string) => relative(src, file).split('/')[0]!
/** The file an import names (`./types` is `types.ts`). */
const named = (path: string) => ['', '.ts', '.tsx'].map((ext) => path + ext).find((file) => { try { return statSync(file).isFile() } catch { return false } }) ?? path

/** Every relative import of a file: the unit it names, and whether it brings only types. */
const imports = (file: string) => {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/gm)].map((m) => ({
    to: unit(named(resolve(dirname(file), m[3] ?? m[4]!))),
    typeOnly: !!m[2],
  }))
}

describe('the source tree', () => {
  it('puts every folder and top-level file in a layer', () => {
    const units = new Set(files(src).map(unit))
    expect([...units].filter((u) => !(u in layers))).toEqual([])
  })

  it('imports only downwards: no folder imports its own layer or one above', () => {
    const wrong: string[] = []
    for (const file of files(src)) {
      const from = unit(file)
      for (const { to, typeOnly } of imports(file)) {
        if (to === from) continue
        // The view is pure: it may name other folders' types, never run their code.
        if (from === 'ui' && typeOnly) continue
        if (!(layers[from]! > layers[to]!)) wrong.push(`${relative(src, file)} -> ${to}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('keeps ui/ to types from elsewhere', () => {
    const run = files(join(src, 'ui')).flatMap((file) => imports(file).filter((i) => i.to !== 'ui' && !i.typeOnly).map((i) => `${relative(src, file)} -> ${i.to}`))
    expect(run).toEqual([])
  })

  it('keeps react/ to the package\'s public API: it imports `sharecue`, never a file of src/ outside its folder', () => {
    const inside = files(join(src, 'react')).flatMap((file) => imports(file).filter((i) => i.to !== 'react').map((i) => `${relative(src, file)} -> ${i.to}`))
    expect(inside).toEqual([])
  })
})
