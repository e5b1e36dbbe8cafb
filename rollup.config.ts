import { readdirSync } from 'node:fs'
import { basename, relative, resolve as resolvePath } from 'node:path'
import type { GetManualChunk, Plugin, RollupOptions } from 'rollup'
import typescript from '@rollup/plugin-typescript'
import nodeResolve from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import { dts } from 'rollup-plugin-dts'

const src = resolvePath('src')

/**
 * The file a lazily loaded module becomes beside `dist/sharecue.js`: `sc-icon-<id>.js`,
 * `sc-locale-<tag>.js`, `sc-qr.js`, `sc-errors.js`, `sc-extras.js`, `sc-delivery.js`, `sc-purchase.js`, `sc-ask.js`, `sc-card-image.js`, `sc-link.js`.
 * Undefined for modules that are not lazy.
 */
const lazyName = (file: string): string | undefined => {
  const path = relative(src, file).replace(/\\/g, '/').replace(/\.tsx?$/, '')
  if (path.startsWith('icons/')) return `sc-icon-${basename(path)}`
  if (path.startsWith('i18n/ask/')) return `sc-ask-${basename(path)}`
  if (path.startsWith('i18n/')) return `sc-locale-${basename(path)}`
  if (path === 'qr/qr-path') return 'sc-qr'
  if (path === 'lib/errors') return 'sc-errors'
  if (path === 'ui/extras') return 'sc-extras'
  if (path === 'events/delivery') return 'sc-delivery'
  if (path === 'events/purchase') return 'sc-purchase'
  if (path === 'widget/ask') return 'sc-ask'
  if (path === 'card/draw-card') return 'sc-card-image'
  if (path === 'widget/link-field') return 'sc-link'
  if (path === 'app') return 'sc-app'
  return undefined
}

/** Lazy parts built on their own: each shares a module with another. */
const alone = ['sc-purchase', 'sc-link']
const lazyInputs: Record<string, string> = { 'sc-qr': 'src/qr/qr-path.ts', 'sc-errors': 'src/lib/errors.ts', 'sc-extras': 'src/ui/extras.ts', 'sc-delivery': 'src/events/delivery.ts', 'sc-purchase': 'src/events/purchase.ts', 'sc-ask': 'src/widget/ask.ts', 'sc-card-image': 'src/card/draw-card.ts', 'sc-link': 'src/widget/link-field.ts' }
for (const file of readdirSync('src/icons')) lazyInputs[lazyName(resolvePath('src/icons', file))!] = `src/icons/${file}`
for (const file of readdirSync('src/i18n/ask')) lazyInputs[lazyName(resolvePath('src/i18n/ask', file))!] = `src/i18n/ask/${file}`
for (const file of readdirSync('src/i18n')) {
  if (/^[a-z]{2}(-[A-Z][A-Za-z]+)?\.ts$/.test(file) && file !== 'en.ts') lazyInputs[lazyName(resolvePath('src/i18n', file))!] = `src/i18n/${file}`
}

/**
 * Icons the first script carries, drawn in its first paint: those of the English default set
 * and of the six channels most shops show (facebook, x, whatsapp, telegram, linkedin, email).
 * Other icons load lazily, only on pages that show them.
 */
const firstIcons = ['native', 'copy', 'whatsapp', 'facebook', 'x', 'pinterest', 'email', 'telegram', 'linkedin']

/** Script tag: `channels/first-icons.ts` becomes those icons, imported statically. */
const firstIconsInside = (): Plugin => ({
  name: 'sharecue-first-icons',
  load(id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/channels/first-icons.ts')) return null
    const imports = firstIcons.map((icon, n) => `import i${n} from ${JSON.stringify(resolvePath('src/icons', icon + '.ts'))}`)
    return `${imports.join('\n')}\nexport const firstIcons = [${firstIcons.map((icon, n) => `[${JSON.stringify(icon)}, i${n}]`).join(', ')}]\n`
  },
})

/**
 * For the script-tag build (one classic script, so no code splitting): every dynamic import of
 * a lazy module becomes a call of `__scLoad`, which imports its own file resolved against the
 * script's URL, captured while the script ran (`document.currentScript` is null later).
 */
const lazyFiles = (): Plugin => ({
  name: 'sharecue-lazy-files',
  async resolveDynamicImport(specifier, importer) {
    if (typeof specifier !== 'string' || !importer) return null
    const resolved = await this.resolve(specifier, importer)
    const name = resolved && lazyName(resolved.id)
    return name ? { id: `./${name}.js`, external: true } : null
  },
  renderDynamicImport({ targetModuleId }) {
    return targetModuleId?.startsWith('./sc-') ? { left: '__scLoad(', right: ')' } : null
  },
})

/**
 * The widget's stylesheet made at build time: `widgetCss()` (its brand colours darkened for
 * contrast) runs here once, and the browser gets the finished text, with no colour math.
 */
const buildTimeCss = (): Plugin => ({
  name: 'sharecue-build-time-css',
  async load(id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/styles/widget-css.ts')) return null
    const { build } = await import('esbuild')
    const made = await build({ entryPoints: [id], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' })
    const { widgetCss } = await import('data:text/javascript;base64,' + Buffer.from(made.outputFiles[0]!.text).toString('base64'))
    return `/** The widget's stylesheet, made at build time from src/styles/widget-css.ts. */\nexport const widgetCss = () => ${JSON.stringify(widgetCss())}\n`
  },
})

/**
 * The script tag in two stages. Stage 1, `dist/sharecue.js` (src/auto.ts), paints the widgets;
 * stage 2, `dist/sc-app.js` (src/app.ts), is the full widget it loads when one is wanted. Both
 * use some modules (the runtime, the locale and icon caches, the loader, the pipeline): those
 * must be one copy on the page, and stage 2 should not download them again. So stage 2 is built
 * first, with every module of stage 1's import graph left external; rollup then tells which
 * bindings of each it uses, and stage 1 is built with exactly those handed to stage 2's `boot()`.
 */
const stage1 = 'src/auto.ts'
/**
 * The bindings stage 1 hands to stage 2: short key → [file, export name]. Stage 2 reads each as
 * `__sc.<key>`, and stage 1 builds `__sc` with exactly those: a flat object of one-letter keys,
 * not the modules' export names, which both stages would otherwise carry.
 */
const handedOver = new Map<string, [file: string, name: string]>()
/** The export names of each file of stage 1, for stage 2's stand-ins (`fromStage1`). */
let stage1Exports = new Map<string, string[]>()

/** The files of stage 1's static import graph (its lazy parts and stage 2 are not in it), with their export names. */
const stage1Files = async (): Promise<Map<string, string[]>> => {
  const { build } = await import('esbuild')
  const made = await build({
    entryPoints: [stage1], bundle: true, write: false, metafile: true, platform: 'browser', format: 'esm', logLevel: 'silent',
    plugins: [{ name: 'lazy-apart', setup: (b) => b.onResolve({ filter: /./ }, (args) => args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined) }],
  })
  // Left out of stage 1 (`laterStrings`), so stage 2 carries it.
  const files = Object.keys(made.metafile.inputs).filter((file) => resolvePath(file) !== resolvePath(enLaterFile))
  // Each file alone, to learn its exports.
  const each = await build({ entryPoints: files, bundle: false, write: false, metafile: true, format: 'esm', outdir: 'out', outbase: '.', logLevel: 'silent' })
  return new Map(Object.values(each.metafile.outputs).map((output) => [resolvePath(output.entryPoint!), output.exports]))
}

/** The English strings only stage 2 says (src/i18n/en-later.ts): stage 2 adds them to the table. */
const enLaterFile = 'src/i18n/en-later.ts'

/** Stage 1: `en-later.ts` is empty, so `sharecue.js` carries only the strings it says. */
const laterStrings = (): Plugin => ({
  name: 'sharecue-later-strings',
  load: (id) => resolvePath(id) === resolvePath(enLaterFile) ? 'export const enLater = {}\n' : null,
})

/** What stands in stage 2 for a binding of stage 1 until the build names its key: a free variable. */
const standIn = /\b__scB_[\w$]+/g
/** Each stand-in's binding: the file of stage 1 and its export name. */
const standsFor = new Map<string, [file: string, name: string]>()

/**
 * Stage 2: a module of stage 1 becomes a stand-in whose every export is a free variable (read
 * without side effects, so what stage 2 does not use drops out); once stage 2 is built, each
 * binding it still reads gets its short key, in a stable order, and `__sc.<key>` replaces the
 * variable.
 */
const fromStage1 = (): Plugin => ({
  name: 'sharecue-from-stage-1',
  async buildStart() {
    stage1Exports = await stage1Files()
    handedOver.clear()
    standsFor.clear()
  },
  async resolveId(source, importer, options) {
    if (!importer || source.startsWith('\0')) return null
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
    if (!resolved || resolved.external || !stage1Exports.has(resolved.id)) return null
    return '\0sc1:' + resolved.id
  },
  load(id) {
    if (!id.startsWith('\0sc1:')) return null
    const file = id.slice(5)
    return stage1Exports.get(file)!.map((name) => {
      const variable = `__scB_${relative(src, file).replace(/\W/g, '_')}$${name}`
      standsFor.set(variable, [file, name])
      return name === 'default' ? `export default ${variable}` : `export const ${name} = ${variable}`
    }).join('\n')
  },
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue
      const used = [...new Set(chunk.code.match(standIn))].sort()
      const keys = new Map(used.map((variable, n) => [variable, n.toString(36).replace(/^\d/, '_$&')]))
      for (const [variable, key] of keys) {
        if (!standsFor.has(variable)) this.error(`stage 2 reads ${variable}, which stands for no binding of stage 1`)
        handedOver.set(key, standsFor.get(variable)!)
      }
      chunk.code = chunk.code.replace(standIn, (variable) => `__sc.${keys.get(variable)}`)
    }
  },
})

/**
 * Stage 2 is an ES module whose one export, `boot(__sc, __scLoad)`, runs the bundle (an IIFE)
 * and returns its exports; it reads what stage 1 hands over from `__sc`, and its lazy parts
 * load through stage 1's `__scLoad`, from the same folder.
 */
const bootWrapper = (): Plugin => ({
  name: 'sharecue-boot',
  renderChunk: (code) => `${banner}\nexport const boot=(__sc,__scLoad)=>{${code.replace(/^\/\*![^]*?\*\/\n?/, '')}\nreturn __scApp}\n`,
})

/** Stage 1: `__scShared`, the bindings handed over to stage 2, under their short keys. */
const toStage2 = (): Plugin => ({
  name: 'sharecue-to-stage-2',
  resolveId: (source) => source === '\0sc-shared' ? source : null,
  load(id) {
    if (id !== '\0sc-shared') return null
    if (!handedOver.size) this.error('stage 2 must be built before stage 1 (rollup.config.ts)')
    const imports: string[] = []
    const entries: string[] = []
    for (const [key, [file, name]] of handedOver) {
      imports.push(`import { ${name === 'default' ? 'default' : name} as h_${key} } from ${JSON.stringify(file)}`)
      entries.push(`${key}: h_${key}`)
    }
    // `SHARECUE_HANDOVER=1 npm run build` lists them: a stage-1 module whose export only stage 2
    // uses puts that export in the first script too (move it to a module of its own).
    if (process.env.SHARECUE_HANDOVER === '1') for (const [key, [file, name]] of handedOver) console.error(`handed over: ${relative(process.cwd(), file)}: ${name} (${key})`)
    return `${imports.join('\n')}\nexport const shared = { ${entries.join(', ')} }\n`
  },
  transform(code, id) {
    if (resolvePath(id) !== resolvePath(stage1)) return null
    return { code: `import { shared as __scShared } from '\0sc-shared'\n${code}`, map: null }
  },
})

/**
 * `name(file)`: imports a lazy part from `base`'s folder. A module whose fetch failed stays
 * failed in the page's module map in some browsers (Chromium 150 among them, where 156 fetches
 * again): importing the same URL again rejects at once, without a request. So after a failure
 * the next try asks for `?1`, then `?2`: a new request each time. A try still under way (one the
 * loader timed out) is joined, not fetched twice.
 */
const retryingImport = (name: string, base: string) =>
  `var ${name}=(function(failed){return function(file){var n=failed[file]|0;return import(new URL(file,${base}).href+(n?"?"+n:"")).catch(function(e){failed[file]=n+1;throw e})}})({});`

const intro = [
  // The script's own URL, set by auto.ts while the script runs (`ownScript`: never an element
  // the page's markup named currentScript). Without one (run as a module, bundled, inlined) it
  // is '', `new URL` throws, and the part is not loaded: auto.ts warns SC311 once, and the lazy
  // loader (src/lib/load-once.ts) takes the throw as a failed try, bounded like any other.
  'var __scBase;',
  retryingImport('__scLoad', '__scBase'),
].join('')

/**
 * The lazy parts that load parts of their own (the ask's tables per language): the same retrying
 * import as `__scLoad`, from the part's own folder.
 */
const retriedImports = (): Plugin => ({
  name: 'sharecue-retried-imports',
  renderDynamicImport: ({ targetModuleId }) => targetModuleId ? { left: '__scRetry(', right: ')' } : null,
  renderChunk: (code) => code.includes('__scRetry(')
    ? retryingImport('__scRetry', 'import.meta.url') + '\n' + code
    : null,
})

/** Fails the build where lazy parts would share a chunk (see the lazy parts' build below). */
const oneFileEach = (): Plugin => ({
  name: 'sharecue-one-file-each',
  generateBundle(_options, bundle) {
    const shared = Object.values(bundle).filter((file) => file.type === 'chunk' && !file.isEntry).map((file) => file.fileName)
    if (shared.length) this.error(`lazy parts share ${shared.join(', ')}: a chunk imported statically cannot be retried under a new URL; build one of them on its own`)
  },
})

const ts = () => typescript({ tsconfig: 'tsconfig.json', compilerOptions: { declaration: false, outDir: 'dist' } })

const minify = (module: boolean) => terser({
  module,
  ecma: 2020,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
  format: { comments: false },
})

const banner = '/*! sharecue — MIT */'

const external = (id: string) => /^(preact|nanoid|lean-qr)(\/|$)/.test(id)

/**
 * The npm module's eager code in two chunks: the widget (all that imports Preact) and the rest
 * (`shareUrl`, `on()`, the runtime), so that an app's bundler leaves Preact and the widget out of
 * a bundle that only uses the rest. Lazy parts, and what only they import, stay where Rollup puts them.
 */
const widgetChunk: GetManualChunk = (id, { getModuleInfo }) => {
  const eager = (id: string, seen = new Set<string>()): boolean => {
    const info = getModuleInfo(id)
    if (!info || seen.has(id)) return false
    seen.add(id)
    return info.isEntry || info.importers.some((importer) => eager(importer, seen))
  }
  if (!/[\\/]src[\\/]/.test(id) || getModuleInfo(id)?.isEntry || !eager(id)) return undefined
  return /[\\/]src[\\/](widget|ui)[\\/]/.test(id) ? 'widget' : 'index'
}

const reactExternal = (id: string) => /^(react|sharecue|nanoid)(\/|$)/.test(id)

const config: RollupOptions[] = [
  // The npm module: ESM and CommonJS, dependencies left to the app's bundler.
  {
    input: { sharecue: 'src/index.ts' },
    external,
    // No bare `import 'preact'` hoisted into the entry: an app's bundler would keep Preact (which
    // declares no `sideEffects`) in a bundle that only uses `shareUrl`.
    treeshake: { moduleSideEffects: (_id, isExternal) => !isExternal },
    plugins: [buildTimeCss(), ts()],
    output: [
      { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name].mjs', banner, manualChunks: widgetChunk, hoistTransitiveImports: false },
      { dir: 'dist', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name].cjs', banner, exports: 'named', manualChunks: widgetChunk, hoistTransitiveImports: false },
    ],
  },
  // The script tag's second stage, built first: stage 1 hands it what it uses of stage 1.
  {
    input: 'src/app.ts',
    // Reading a free variable (what stands for a binding stage 1 hands over) has no side
    // effects: a binding stage 2 does not use is not read, nor handed over.
    treeshake: { unknownGlobalSideEffects: false },
    plugins: [fromStage1(), lazyFiles(), buildTimeCss(), nodeResolve({ browser: true }), ts(), minify(false), bootWrapper()],
    output: {
      file: 'dist/sc-app.js',
      format: 'iife',
      name: '__scApp',
      inlineDynamicImports: true,
    },
  },
  // The script tag's first stage: one classic script that paints every widget.
  {
    input: stage1,
    plugins: [toStage2(), firstIconsInside(), laterStrings(), lazyFiles(), buildTimeCss(), nodeResolve({ browser: true }), ts(), minify(false)],
    output: {
      file: 'dist/sharecue.js',
      format: 'iife',
      banner,
      intro,
      // `SHARECUE_SOURCEMAP=1 npm run build`: for `node scripts/bytes.js`, where the bytes go.
      sourcemap: process.env.SHARECUE_SOURCEMAP === '1',
      inlineDynamicImports: true,
    },
  },
  // What the script tag loads lazily, from its own folder: icons, locales, the QR encoder. Each
  // is one file: a chunk two of them shared would be imported statically, under one URL, which
  // the loader's `?1` cannot retry. `sc-purchase.js` shares a module with `sc-delivery.js`, so
  // it is built on its own, with its copy inside, as is `sc-link.js` (it shares the DOM helpers
  // with others).
  ...[Object.fromEntries(Object.entries(lazyInputs).filter(([name]) => !alone.includes(name))), ...alone.map((name) => ({ [name]: lazyInputs[name]! }))].map((input) => ({
    input,
    plugins: [nodeResolve({ browser: true }), ts(), retriedImports(), minify(true), oneFileEach()],
    output: { dir: 'dist', format: 'es' as const, entryFileNames: '[name].js' },
  })),
  // `ShareCue.check()`: a classic script (src/check/check-from.ts says why), loaded only when called.
  {
    input: 'src/check/script-check.ts',
    plugins: [nodeResolve({ browser: true }), ts(), minify(false)],
    output: { file: 'dist/sc-check.js', format: 'iife', banner },
  },
  // Types, for ESM and CommonJS users.
  {
    input: 'src/index.ts',
    plugins: [dts({ tsconfig: 'tsconfig.json' })],
    output: [{ file: 'dist/sharecue.d.ts', format: 'es' }, { file: 'dist/sharecue.d.cts', format: 'es' }],
  },
  // `sharecue/global`: types only, the script tag's `window.ShareCue`.
  {
    input: 'src/global.ts',
    plugins: [dts({ tsconfig: 'tsconfig.json' })],
    output: [{ file: 'dist/global.d.ts', format: 'es' }, { file: 'dist/global.d.cts', format: 'es' }],
  },
  // `sharecue/og`, the card on a server: Node only, self-contained (no chunks shared with the
  // browser builds). The PNG renderer and the fonts (`@sharecue/og-fonts`) are optional peers,
  // found at run time.
  {
    input: 'src/og.ts',
    external: (id) => id === '@resvg/resvg-wasm' || id.startsWith('node:'),
    plugins: [ts()],
    output: [
      { file: 'dist/og.mjs', format: 'es', banner },
      { file: 'dist/og.cjs', format: 'cjs', banner, exports: 'named' },
    ],
  },
  {
    input: 'src/og.ts',
    external: (id) => id === '@resvg/resvg-wasm',
    plugins: [dts({ tsconfig: 'tsconfig.json' })],
    output: [{ file: 'dist/og.d.ts', format: 'es' }, { file: 'dist/og.d.cts', format: 'es' }],
  },
  // `sharecue/react`: a component and a hook over the package's public API. `sharecue` stays an
  // import of the package itself (as `react` and `nanoid` stay the app's), so an app that also
  // imports `sharecue` has one copy of it and one runtime per window, whatever it imports first.
  {
    input: 'src/react.ts',
    external: reactExternal,
    plugins: [ts()],
    output: [
      // Frameworks with React Server Components take a module marked so for a client component.
      { file: 'dist/react.mjs', format: 'es', banner: `'use client';\n${banner}` },
      { file: 'dist/react.cjs', format: 'cjs', banner: `'use client';\n${banner}`, exports: 'named' },
    ],
  },
  {
    input: 'src/react.ts',
    external: reactExternal,
    plugins: [dts({ tsconfig: 'tsconfig.json' })],
    output: [{ file: 'dist/react.d.ts', format: 'es' }, { file: 'dist/react.d.cts', format: 'es' }],
  },
]

export default config
