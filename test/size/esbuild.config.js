// size-limit's esbuild settings for the npm check. Code splitting is on, as in an app's
// bundler, and the lazy chunks a page with these three channels never loads (the other 24
// icons, the QR encoder, other locales) stay external, so the check counts what the page
// downloads: the first chunk with preact, and the three icons.
const shown = ['whatsapp', 'x', 'copy']

export default {
  entryPoints: ['test/size/three-channels.js'],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  treeShaking: true,
  metafile: true,
  write: true,
  outdir: '.tmp/size-npm',
  allowOverwrite: true,
  plugins: [{
    name: 'unused-lazy-chunks',
    setup(build) {
      // Lazy chunks are dynamic imports of dist/chunks/<name>.mjs, from the entry or a chunk.
      build.onResolve({ filter: /\.mjs$/ }, ({ path, kind }) => {
        const name = path.split('/').pop().replace(/\.mjs$/, '')
        return kind === 'dynamic-import' && !shown.includes(name) ? { path, external: true } : undefined
      })
    },
  }],
}
