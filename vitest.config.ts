import { defineConfig } from 'vitest/config'

export default defineConfig({
  esbuild: { jsx: 'transform', jsxFactory: 'h', jsxFragment: 'Fragment' },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'happy-dom',
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
  },
})
