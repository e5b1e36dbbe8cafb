// Bundles the playground's panel (demo/playground/, TypeScript and Preact) into
// demo/build/playground.js with esbuild: the demo server runs this on start, so `npm start`
// on a fresh clone needs no other step. `node demo/build.js` builds it alone.
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

const here = (path) => fileURLToPath(new URL(path, import.meta.url))

/** Builds the panel; resolves with esbuild's result (its warnings, if any). */
export const buildPlayground = () => build({
  entryPoints: [here('./playground/main.tsx')],
  outfile: here('./build/playground.js'),
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  jsx: 'transform',
  jsxFactory: 'h',
  jsxFragment: 'Fragment',
  logLevel: 'warning',
})

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildPlayground()
