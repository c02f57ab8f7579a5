/**
 * npm run bench [-- word]: builds the bench page (bench/), serves it on 127.0.0.1, runs every
 * bench/cases/*.ts in Chromium under the app's CSP and prints a table. Figures are reported with
 * their goals; nothing passes or fails on timing.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { build, preview } from 'vite'

const root = resolve(import.meta.dirname, '..')
const configFile = resolve(root, 'bench/vite.config.mts')
const systemChromium = '/usr/bin/chromium'
const only = process.argv[2]
const TEN_MINUTES = 10 * 60 * 1000

function formatTable(outcomes) {
  const lines = []
  const rows = []
  for (const outcome of outcomes) {
    if (outcome.error) rows.push([`${outcome.name}: FAILED`, outcome.error, ''])
    for (const row of outcome.rows) {
      rows.push([row.name, `${row.value}${row.unit ? ` ${row.unit}` : ''}`, row.goal ?? ''])
    }
  }
  const header = ['name', 'value', 'goal']
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  )
  const format = (row) =>
    `| ${row.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`
  lines.push(format(header))
  lines.push(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
  for (const row of rows) lines.push(format(row))
  return lines.join('\n')
}

await build({ configFile, logLevel: 'warn' })
const server = await preview({ configFile, preview: { host: '127.0.0.1', port: 0 } })
const address = server.httpServer.address()
const url = `http://127.0.0.1:${address.port}/${only ? `?only=${encodeURIComponent(only)}` : ''}`

const browser = await chromium.launch({
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Exact heap figures for the memory rows, and gc() so they measure what is kept, not garbage.
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
})
let exitCode = 0
try {
  const page = await browser.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[page] ${message.text()}`)
  })
  page.on('pageerror', (error) => console.error(`[page] ${error.message}`))
  await page.goto(url)
  await page.waitForFunction(() => window.__benchResults !== undefined, null, {
    timeout: TEN_MINUTES,
    polling: 500,
  })
  const outcomes = await page.evaluate(() => window.__benchResults)
  const version = browser.version()
  console.log(`\nMend bench — Chromium ${version}, ${new Date().toISOString()}\n`)
  console.log(formatTable(outcomes))
  if (outcomes.some((outcome) => outcome.error)) exitCode = 1
} finally {
  await browser.close()
  await new Promise((resolvePromise) => server.httpServer.close(resolvePromise))
}
process.exit(exitCode)
