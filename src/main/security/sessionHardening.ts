/** Applies the pure security decisions to an Electron session. Thin glue: no logic of its own. */
import type { Session, WebContents } from 'electron'
import { contentSecurityPolicyHeader } from '@shared/csp'
import { withContentSecurityPolicy } from './cspHeaders'
import type { DevServerOrigin } from './devServer'
import { denyDevicePermission, denyPermissionCheck, denyPermissionRequest } from './permissions'
import { decideRequest } from './requestFilter'

export function hardenSession(session: Session, devServer: DevServerOrigin | null): void {
  session.setPermissionRequestHandler(denyPermissionRequest)
  session.setPermissionCheckHandler(denyPermissionCheck)
  session.setDevicePermissionHandler(denyDevicePermission)
  // Device and screen pickers: answered "none" explicitly rather than trusting each default.
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null))
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault()
    callback()
  })
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault()
    callback()
  })
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault()
    callback('')
  })

  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: decideRequest(details.url, devServer) === 'block' })
  })

  // app:// responses carry the header from the protocol handler; this covers the dev server.
  const policy = contentSecurityPolicyHeader(devServer === null ? 'production' : 'development')
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) })
  })

  // Saving goes through 'file:save'; a page-started download would bypass its checks.
  session.on('will-download', (event) => event.preventDefault())
}

/** Bluetooth's picker belongs to each web contents rather than to the session. */
export function refuseBluetoothChooser(contents: WebContents): void {
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault()
    callback('')
  })
}
