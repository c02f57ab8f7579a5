/**
 * Mend's main process: app lifecycle only. Every decision lives in a small tested module under
 * security/, ipc/, os/, windows/ and menu/; this file wires them to Electron.
 */
import { join } from 'node:path'
import { app, BrowserWindow, Menu, protocol, session } from 'electron'
import { appHandlers } from './ipc/appHandlers'
import { backupHandlers } from './ipc/backupHandlers'
import { exportHandlers } from './ipc/exportHandlers'
import { fileHandlers } from './ipc/fileHandlers'
import { registerInvokeHandlers } from './ipc/registerInvokeHandlers'
import { reminderHandlers } from './ipc/reminderHandlers'
import { sendEvent } from './ipc/sendEvent'
import { clipboardHandlers } from './ipc/clipboardHandlers'
import { applyPrivacyScreen, windowHandlers } from './ipc/windowHandlers'
import { buildAppMenuTemplate } from './menu/appMenuTemplate'
import { bringToFront } from './os/bringToFront'
import { watchPowerEvents } from './os/powerLock'
import { startReminders } from './os/reminderNotifications'
import { startReviewNotifications } from './os/reviewNotifications'
import { appEntryUrl, appScheme } from './security/appProtocol'
import { parseDevServerOrigin } from './security/devServer'
import { guardNavigation } from './security/navigation'
import { serveRenderer } from './security/rendererProtocol'
import { hardenSession, refuseBluetoothChooser } from './security/sessionHardening'
import type { LockReason } from '@shared/ipc'
import { askBeforeClosingWhileHeld } from './windows/closeHold'
import { createMainWindow } from './windows/mainWindow'
import { windowStateFileName } from './windows/windowStateStore'

// Both must happen before 'ready'. Standard + secure: app:// behaves like https (same-origin
// rules, secure context for WebCrypto and workers) without any network being involved.
// corsEnabled stays off on purpose: it would let other origins read app:// responses.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])
app.enableSandbox()

const rendererUrl = process.env['ELECTRON_RENDERER_URL']
const devServer = parseDevServerOrigin(rendererUrl, app.isPackaged)
let mainWindow: BrowserWindow | null = null

function lock(reason: LockReason): void {
  if (mainWindow !== null && !mainWindow.isDestroyed()) {
    sendEvent(mainWindow.webContents, 'app:lock', reason)
  }
}

async function openMainWindow(): Promise<void> {
  mainWindow = await createMainWindow({
    preloadPath: join(__dirname, '../preload/index.js'),
    entryUrl: devServer !== null && rendererUrl !== undefined ? rendererUrl : appEntryUrl,
    allowDevTools: !app.isPackaged,
    spellcheck: process.platform !== 'linux',
    stateFilePath: join(app.getPath('userData'), windowStateFileName),
  })
  applyPrivacyScreen(mainWindow)
  askBeforeClosingWhileHeld(mainWindow)
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

async function start(): Promise<void> {
  await app.whenReady()
  hardenSession(session.defaultSession, devServer)
  serveRenderer(protocol, join(__dirname, '../renderer'))
  const reminders = startReminders(() => mainWindow)
  const notifyReviews = startReviewNotifications(() => mainWindow)
  registerInvokeHandlers(
    {
      ...appHandlers(),
      ...fileHandlers(),
      ...exportHandlers(),
      ...windowHandlers(),
      ...reminderHandlers({ scheduler: reminders, notifyReviews }),
      ...clipboardHandlers(),
      ...backupHandlers(),
    },
    devServer,
  )
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildAppMenuTemplate({
        platform: process.platform,
        appName: app.name,
        isDevelopment: !app.isPackaged,
        onLock: () => lock('menu'),
      }),
    ),
  )
  watchPowerEvents(lock)
  await openMainWindow()
}

// One Mend at a time: two copies would fight over the same encrypted database.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => bringToFront(mainWindow))
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, devServer)
    refuseBluetoothChooser(contents)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) void openMainWindow()
  })
  start().catch((error: unknown) => {
    console.error('Mend could not start:', error)
    app.exit(1)
  })
}
