import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// electron-builder cannot package here (no Electron download), so this loads electron-builder.yml
// with electron-builder's own loader and schema, exactly as `npm run package` would.
const require = createRequire(import.meta.url)
const { getConfig, validateConfiguration } =
  require('app-builder-lib/out/util/config/config.js') as {
    getConfig(projectDir: string, configPath: null, options: null): Promise<Record<string, unknown>>
    validateConfiguration(config: Record<string, unknown>, logger: unknown): Promise<void>
  }
const { DebugLogger } = require('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown
}

const projectRoot = resolve(__dirname, '../../../..')

async function loadConfig() {
  const config = await getConfig(projectRoot, null, null)
  await validateConfiguration(config, new DebugLogger(false))
  return config as {
    appId: string
    asar: boolean
    electronFuses: Record<string, boolean>
    linux: { target: string[] }
    mac: { target: string }
    win: { target: string }
  }
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(loadConfig()).resolves.toBeDefined()
  })

  it('flips the security fuses for packaged builds', async () => {
    const { electronFuses, asar } = await loadConfig()
    expect(asar).toBe(true)
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('builds AppImage and deb, dmg, and an NSIS installer', async () => {
    const config = await loadConfig()
    expect(config.appId).toBe('app.mend.journal')
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toBe('dmg')
    expect(config.win.target).toBe('nsis')
  })
})
