// @ts-check
const js = require('@eslint/js')
const tseslint = require('typescript-eslint')
const reactHooks = require('eslint-plugin-react-hooks')
const globals = require('globals')

const renderer = 'src/renderer/src'

/** Architecture boundaries from STYLE.md, enforced rather than remembered. */
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })) }],
})

module.exports = tseslint.config(
  {
    ignores: ['out/**', 'node_modules/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**', 'resources/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Use crypto.getRandomValues: Math.random is not a CSPRNG.' },
      ],
    },
  },
  {
    files: [`${renderer}/**/*.{ts,tsx}`],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: [`${renderer}/**/*.{ts,tsx}`],
    ignores: [`${renderer}/db/**`, `${renderer}/crypto/sodiumProvider.ts`],
    rules: forbid([['dexie'], ['libsodium-wrappers*']], 'Only db/ imports Dexie and only crypto/sodiumProvider.ts imports libsodium.'),
  },
  {
    files: [`${renderer}/db/**/*.ts`],
    rules: forbid([['libsodium-wrappers*']], 'Only crypto/sodiumProvider.ts imports libsodium.'),
  },
  {
    files: [`${renderer}/domain/**/*.ts`],
    rules: forbid(
      [['react', 'react-dom', 'react/*'], ['dexie'], ['libsodium-wrappers*'], ['electron'], ['**/db/*', '**/crypto/*', '**/ui/*', '**/features/*', '**/app/*', '**/platform/*']],
      'domain/ is pure logic: no React, Dexie, libsodium, Electron or app layers.',
    ),
  },
  {
    files: [`${renderer}/crypto/**/*.ts`],
    rules: forbid([['react', 'react-dom', 'react/*'], ['dexie'], ['electron'], ['**/db/*', '**/ui/*', '**/features/*', '**/app/*']], 'crypto/ is framework-free.'),
  },
  {
    files: [`${renderer}/ui/**/*.{ts,tsx}`],
    rules: forbid([['**/db/*', '**/crypto/*', '**/platform/*', '**/features/*']], 'ui/ holds props-only components: no db, crypto or platform.'),
  },
  {
    files: [`${renderer}/**/*.{ts,tsx}`],
    ignores: [`${renderer}/domain/**`, `${renderer}/crypto/**`, `${renderer}/ui/**`, `${renderer}/db/**`],
    rules: forbid([['electron', 'node:*', 'fs', 'path']], 'The renderer reaches the OS only through the Platform interface.'),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: forbid([['node:*', 'fs', 'path', 'child_process']], 'The sandboxed preload can only use electron.'),
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
