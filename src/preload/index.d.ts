import type { MendBridge } from '@shared/ipc'

declare global {
  interface Window {
    /**
     * The preload bridge; present only in the desktop app. Renderer code should not read it:
     * features use the Platform interface (src/renderer/src/platform/createPlatform.ts).
     */
    readonly mend?: MendBridge
  }
}

export {}
