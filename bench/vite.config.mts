import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { cspHtmlPlugin } from '../build/cspHtmlPlugin'

/** The bench page: a production build, like the app's, under the same CSP (scripts/bench.mjs). */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  mode: 'production',
  logLevel: 'warn',
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, '../src/shared'),
      '@renderer': resolve(import.meta.dirname, '../src/renderer/src'),
    },
  },
  plugins: [cspHtmlPlugin()],
  worker: { format: 'es' },
  build: { outDir: resolve(import.meta.dirname, '../out/bench'), emptyOutDir: true, target: 'es2022' },
  preview: { host: '127.0.0.1' },
})
