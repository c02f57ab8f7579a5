import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { cspHtmlPlugin } from './build/cspHtmlPlugin'

const alias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
}

// Main and preload stay CommonJS: a sandboxed preload cannot be an ES module.
export default defineConfig({
  main: {
    resolve: { alias },
    build: { outDir: 'out/main', rollupOptions: { output: { format: 'cjs' } } },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].js', codeSplitting: false } },
    },
  },
  renderer: {
    resolve: { alias },
    plugins: [react(), cspHtmlPlugin()],
    worker: { format: 'es' },
    build: { outDir: 'out/renderer', target: 'es2022' },
  },
})
