import { defineConfig } from 'vitest/config'

export default defineConfig({
  esbuild: { jsx: 'transform', jsxFactory: 'h', jsxFragment: 'Fragment' },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'happy-dom',
    // Pages parsed in tests link stylesheets that are never fetched: that is no error.
    environmentOptions: { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } },
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
  },
})
