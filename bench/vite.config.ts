import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { cspHtmlPlugin } from '../build/cspHtmlPlugin'

/** The bench page: a production build, like the app's, under the same CSP (scripts/bench.mjs). */
export default defineConfig({
  root: __dirname,
  base: './',
  mode: 'production',
  logLevel: 'warn',
  resolve: {
    alias: {
      '@shared': resolve(__dirname, '../src/shared'),
      '@renderer': resolve(__dirname, '../src/renderer/src'),
    },
  },
  plugins: [cspHtmlPlugin()],
  worker: { format: 'es' },
  build: { outDir: resolve(__dirname, '../out/bench'), emptyOutDir: true, target: 'es2022' },
  preview: { host: '127.0.0.1' },
})
