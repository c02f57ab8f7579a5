/**
 * The one IPC contract between the renderer and main. Channel names are `area:verb`. Every call
 * resolves to a Result; main validates each payload at runtime (see src/main/ipc/schemas.ts) and
 * answers 'invalid-payload' to anything that does not match.
 */
import type { Result } from './result'

export interface FileFilter {
  readonly name: string
  readonly extensions: readonly string[]
}

export interface SaveFileRequest {
  /** File name offered in the save dialog, e.g. "mend-2026-11-25.mendbackup". */
  readonly suggestedName: string
  readonly filters: readonly FileFilter[]
  /** Text is written as UTF-8; bytes as they are. */
  readonly contents: string | Uint8Array
}

export interface SavedFile {
  /** The name the person chose (a base name only: the renderer never learns full paths). */
  readonly fileName: string
  readonly bytesWritten: number
}

export interface OpenFileRequest {
  readonly filters: readonly FileFilter[]
  readonly multiple: boolean
  /** Files larger than this are refused before they are read. */
  readonly maxBytes: number
}

export interface OpenedFile {
  readonly fileName: string
  readonly bytes: Uint8Array
}

export interface PdfRequest {
  /** A complete, already-sanitised HTML document with no script and no external resources. */
  readonly safeHtml: string
  readonly suggestedName: string
}

export interface ReminderSchedule {
  /** Local time of day, "HH:MM" (24-hour). */
  readonly time: string
}

/** A folder for automatic backups, as the renderer knows it: main keeps the path. */
export interface BackupFolder {
  /** Opaque, 32 hex characters; stands for the folder in every later call. */
  readonly folderId: string
  /** Where the folder is, for showing to the person only. */
  readonly location: string
  /** False when the folder cannot be reached right now (a USB stick unplugged, a drive renamed). */
  readonly available: boolean
}

export interface BackupFolderWrite {
  readonly folderId: string
  /** A backup file name exactly as Mend makes them (docs/FORMAT.md §20.6), never a path. */
  readonly fileName: string
  readonly contents: Uint8Array
}

/**
 * Why the page wants to be asked before its window closes. Main, not the page, words the
 * question, so nothing the page says can appear in a native dialog.
 */
export type CloseHoldReason = 'recovery-words'

export interface AppInfo {
  readonly version: string
  readonly platform: string
}

/** Renderer → main calls: arguments and the value of a successful Result. */
export interface IpcInvokeContract {
  'app:info': { args: []; value: AppInfo }
  'shell:open-external': { args: [url: string]; value: void }
  'file:save': { args: [request: SaveFileRequest]; value: SavedFile | null }
  'file:open': { args: [request: OpenFileRequest]; value: readonly OpenedFile[] | null }
  'export:pdf': { args: [request: PdfRequest]; value: SavedFile | null }
  'window:set-privacy-screen': { args: [enabled: boolean]; value: void }
  /** While a reason is held, closing the window asks first; null lets go. */
  'window:hold-close': { args: [reason: CloseHoldReason | null]; value: void }
  'reminder:set': { args: [schedule: ReminderSchedule | null]; value: void }
  /**
   * Shows "An agreement is due for review." (or "3 agreements are …"). Only a count crosses:
   * main composes the fixed text (reviewNotification.ts), so nothing written can reach the OS.
   * A count of 0 shows nothing.
   */
  'reminder:notify-reviews': { args: [dueCount: number]; value: void }
  /** Copies a share code or recovery words; main clears it after 60 s if it is still there. */
  'clipboard:copy-secret': { args: [secret: string]; value: void }
  /** Automatic backups (desktop only): the native folder chooser; null when cancelled. */
  'backup:choose-folder': { args: []; value: BackupFolder | null }
  /** null when main no longer knows this folder id. */
  'backup:folder-info': { args: [folderId: string]; value: BackupFolder | null }
  'backup:write': { args: [request: BackupFolderWrite]; value: SavedFile }
  /** Base names of the Mend backup files in the folder; other files are not listed. */
  'backup:list': { args: [folderId: string]; value: readonly string[] }
  /** Deletes exactly these backup files; resolves to how many were deleted. */
  'backup:delete': { args: [folderId: string, fileNames: readonly string[]]; value: number }
}

export type IpcInvokeChannel = keyof IpcInvokeContract

export const ipcInvokeChannels = [
  'app:info',
  'shell:open-external',
  'file:save',
  'file:open',
  'export:pdf',
  'window:set-privacy-screen',
  'window:hold-close',
  'reminder:set',
  'reminder:notify-reviews',
  'clipboard:copy-secret',
  'backup:choose-folder',
  'backup:folder-info',
  'backup:write',
  'backup:list',
  'backup:delete',
] as const satisfies readonly IpcInvokeChannel[]

/** Why main asks the renderer to lock: the menu or shortcut, or the OS suspending or locking. */
export type LockReason = 'menu' | 'suspend' | 'screen-locked'

/** Main → renderer events. */
export interface IpcEventContract {
  'app:lock': LockReason
}

export type IpcEventChannel = keyof IpcEventContract

export const ipcEventChannels = ['app:lock'] as const satisfies readonly IpcEventChannel[]

/** What the preload exposes as `window.mend`: one method per invoke channel, plus events. */
export type MendBridge = {
  /**
   * The operating system as Node names it ('darwin', 'win32', 'linux'), so the renderer knows
   * which OS features exist (the privacy screen works on macOS and Windows only).
   */
  readonly platform: string
  readonly invoke: <C extends IpcInvokeChannel>(
    channel: C,
    ...args: IpcInvokeContract[C]['args']
  ) => Promise<Result<IpcInvokeContract[C]['value']>>
  readonly on: <C extends IpcEventChannel>(
    channel: C,
    listener: (payload: IpcEventContract[C]) => void,
  ) => () => void
}
