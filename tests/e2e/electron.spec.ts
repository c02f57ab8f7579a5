/**
 * The desktop shell itself, launched from the build (out/main/index.js). It runs wherever an
 * Electron binary is installed; otherwise it is reported as skipped, with the reason, never passed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'

const projectRoot = resolve(__dirname, '../..')
const electronPackage = join(projectRoot, 'node_modules/electron')

/**
 * The binary named in node_modules/electron/path.txt, if it is really there. Deliberately not
 * require('electron'): since Electron 42 that starts a download when the binary is missing.
 */
function installedElectronBinary(): string | null {
  const pathFile = join(electronPackage, 'path.txt')
  if (!existsSync(pathFile)) return null
  const executable = readFileSync(pathFile, 'utf8').trim()
  if (executable === '') return null
  const binary = join(electronPackage, 'dist', executable)
  return existsSync(binary) ? binary : null
}

const electronBinary = installedElectronBinary()
const skipReason =
  'skipped: Electron binary not installed (node_modules/electron/dist is empty; run npm install on a machine with network access to the Electron releases)'

// The list reporter does not print skip reasons, so say it once, from the runner process (workers
// have TEST_WORKER_INDEX), where it lands in the console next to the results.
if (electronBinary === null && process.env['TEST_WORKER_INDEX'] === undefined) {
  console.warn(`Electron shell e2e: ${skipReason}`)
}

interface BridgeView {
  readonly mend?: Record<string, unknown> & {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>
  }
}

test.describe('Electron shell', () => {
  test.skip(electronBinary === null, skipReason)

  let app: ElectronApplication
  let page: Page
  let profile: string

  test.beforeEach(async () => {
    profile = mkdtempSync(join(tmpdir(), 'mend-electron-'))
    const args = [join(projectRoot, 'out/main/index.js'), `--user-data-dir=${profile}`]
    // Chromium refuses to start its sandbox as root (CI containers); real users are never root.
    if (process.getuid?.() === 0) args.push('--no-sandbox')
    // Never the dev server: this checks the built app exactly as it ships.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] =>
          entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL',
      ),
    )
    app = await _electron.launch({ executablePath: electronBinary ?? undefined, args, env })
    page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
  })

  test.afterEach(async () => {
    await app.close()
    rmSync(profile, { recursive: true, force: true })
  })

  test('the window runs isolated, sandboxed and without Node', async () => {
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
        getLastWebPreferences(): Record<string, unknown>
      }
      return JSON.parse(JSON.stringify(contents.getLastWebPreferences())) as Record<string, unknown>
    })
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    })
    expect(String(preferences['preload'])).toMatch(/out[\\/]preload[\\/]index\.js$/)
  })

  test('the page comes from app://mend/ with the CSP as header and meta tag', async () => {
    expect(page.url()).toMatch(/^app:\/\/mend\//)
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(meta).toContain("default-src 'none'")
    const header = await page.evaluate(async () => {
      const response = await fetch('/index.html')
      return response.headers.get('content-security-policy')
    })
    expect(header).toContain("default-src 'none'")
    expect(header).toContain("frame-ancestors 'none'")
  })

  test('the page cannot reach the network', async () => {
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/')
        return 'reached'
      } catch {
        return 'blocked'
      }
    })
    expect(outcome).toBe('blocked')
  })

  test('window.mend is the only bridge, with nothing of Node beside it', async () => {
    const view = await page.evaluate(() => {
      const global = globalThis as unknown as BridgeView & Record<string, unknown>
      return {
        bridgeKeys: Object.keys(global.mend ?? {}).sort(),
        require: typeof global['require'],
        process: typeof global['process'],
        module: typeof global['module'],
        Buffer: typeof global['Buffer'],
      }
    })
    expect(view).toEqual({
      bridgeKeys: ['invoke', 'on', 'platform'],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
    })
  })

  test('the bridge answers contract calls and refuses anything else', async () => {
    const answers = await page.evaluate(async () => {
      const bridge = (globalThis as unknown as BridgeView).mend
      return {
        info: await bridge?.invoke('app:info'),
        unknown: await bridge?.invoke('fs:read', '/etc/passwd'),
        invalid: await bridge?.invoke('reminder:set', { time: 'soon' }),
      }
    })
    expect(answers.info).toMatchObject({ ok: true, value: { platform: process.platform } })
    expect(answers.unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
    expect(answers.invalid).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
  })
})
