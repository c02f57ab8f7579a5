/**
 * Chooses the Platform once at start-up: the desktop bridge when the preload put one on the page,
 * the browser fallbacks otherwise.
 */
import type { MendBridge } from '@shared/ipc'
import { createElectronPlatform } from './electronPlatform'
import type { Platform } from './types'
import { createWebPlatform } from './webPlatform'

/** The global object as seen here; declared locally so this file needs no global augmentation. */
export interface PlatformHost {
  readonly mend?: MendBridge
  readonly document: Document
}

function hasBridge(host: PlatformHost): host is PlatformHost & { readonly mend: MendBridge } {
  const bridge: unknown = host.mend
  return (
    typeof bridge === 'object' &&
    bridge !== null &&
    typeof (bridge as MendBridge).invoke === 'function' &&
    typeof (bridge as MendBridge).on === 'function'
  )
}

export function createPlatform(host: PlatformHost = window as PlatformHost): Platform {
  return hasBridge(host) ? createElectronPlatform(host.mend, host.document) : createWebPlatform()
}
