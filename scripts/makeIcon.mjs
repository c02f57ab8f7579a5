// Renders resources/icon.svg to resources/icon.png (512×512, transparent corners) with Chromium.
// Run after editing the SVG: `node scripts/makeIcon.mjs`. CHROMIUM_PATH overrides the browser.
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const resources = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources')
const size = 512

const svg = await readFile(join(resources, 'icon.svg'), 'utf8')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // Only our own SVG is rendered, with no network: the sandbox is not needed and fails as root.
  args: ['--no-sandbox'],
})
try {
  const page = await browser.newPage({
    viewport: { width: size, height: size },
    deviceScaleFactor: 1,
  })
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
  )
  await page.screenshot({
    path: join(resources, 'icon.png'),
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  })
  console.log(`wrote ${join(resources, 'icon.png')} (${size}×${size})`)
} finally {
  await browser.close()
}
