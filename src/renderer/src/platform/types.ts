import type {
  AppInfo,
  BackupFolder,
  CloseHoldReason,
  LockReason,
  OpenFileRequest,
  OpenedFile,
  PdfRequest,
  ReminderSchedule,
  SaveFileRequest,
  SavedFile,
} from '@shared/ipc'
import type { Result } from '@shared/result'

/**
 * Automatic backups into a folder the person chose (desktop only). Main keeps the folder's path
 * and checks every name; the renderer holds only the opaque folder id.
 */
export interface BackupFolders {
  /** The system's folder chooser; null when the person cancels. */
  choose(): Promise<Result<BackupFolder | null>>
  /** null when this computer no longer knows the folder id (settings restored elsewhere). */
  describe(folderId: string): Promise<Result<BackupFolder | null>>
  write(folderId: string, fileName: string, contents: Uint8Array): Promise<Result<SavedFile>>
  /** The Mend backup files in the folder, by base name. */
  list(folderId: string): Promise<Result<readonly string[]>>
  /** Resolves to how many files were deleted. */
  delete(folderId: string, fileNames: readonly string[]): Promise<Result<number>>
}

/**
 * Everything the renderer needs from the world outside the page. Two implementations:
 * electronPlatform (window.mend, the preload bridge) and webPlatform (browser fallbacks).
 * Features talk only to this interface.
 */
export interface Platform {
  readonly kind: 'electron' | 'web'
  appInfo(): Promise<Result<AppInfo>>
  /** Opens an https: link in the system browser. The caller has already asked the person. */
  openExternal(url: string): Promise<Result<void>>
  /** Resolves to null when the person cancels the dialog. */
  saveFile(request: SaveFileRequest): Promise<Result<SavedFile | null>>
  openFiles(request: OpenFileRequest): Promise<Result<readonly OpenedFile[] | null>>
  /**
   * Saves the safe HTML as a PDF. Desktop only: the web build answers 'unsupported' (its CSP
   * forbids the frame a browser would need), and the UI shows a print view and calls window.print().
   */
  printToPdf(request: PdfRequest): Promise<Result<SavedFile | null>>
  /** Whether printToPdf works here; when false, offer the browser's Print → Save as PDF. */
  readonly supportsPdfExport: boolean
  /** Excludes the window from screenshots and screen sharing where the OS supports it. */
  setPrivacyScreen(enabled: boolean): Promise<Result<void>>
  /** Whether setPrivacyScreen does anything here. */
  readonly supportsPrivacyScreen: boolean
  setReminder(schedule: ReminderSchedule | null): Promise<Result<void>>
  /**
   * Gets ready to show review notifications, asking the browser's permission where one is
   * needed. Call it from the person's own click (browsers ignore a request made without one).
   */
  allowReviewNotifications(): Promise<Result<void>>
  /**
   * Shows "An agreement is due for review." (or "N agreements are …"). Only the count is given:
   * the text is fixed, so no title or anything written can reach the notification.
   */
  notifyReviewsDue(dueCount: number): Promise<Result<void>>
  /** Copies a share code or recovery words, cleared after 60 s if the clipboard still holds it. */
  copySecret(secret: string): Promise<Result<void>>
  /** Automatic backups into a folder: the desktop app only, null in a browser. */
  readonly backupFolders: BackupFolders | null
  /**
   * Until the returned function is called, closing or reloading the window asks first: the
   * browser's "Leave site?", or a native dialog worded by main. A lock's own reload is not held.
   */
  holdClose(reason: CloseHoldReason): () => void
  /** Calls back when the platform wants the vault locked; returns an unsubscribe function. */
  onLockRequest(listener: (reason: LockReason | 'hidden') => void): () => void
}
