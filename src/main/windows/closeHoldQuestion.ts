/**
 * The question main asks when a window is closed while its page holds it (see closeHold.ts).
 * Electron-free so it can be tested. Staying is the default and the Escape answer: closing by
 * accident must not lose what cannot be shown again.
 */
import type { CloseHoldReason } from '@shared/ipc'

export interface CloseHoldQuestion {
  readonly type: 'warning'
  readonly buttons: string[]
  readonly defaultId: number
  readonly cancelId: number
  readonly message: string
  readonly detail: string
}

const wording: Readonly<Record<CloseHoldReason, { message: string; detail: string }>> = {
  'recovery-words': {
    message: 'Your recovery words are still on screen.',
    detail:
      'Mend shows them only once. Write them down or print them before you close Mend. If you close now, you can make new ones in Settings.',
  },
}

const stayButton = 0
const closeButton = 1

export function closeHoldQuestion(reason: CloseHoldReason): CloseHoldQuestion {
  return {
    type: 'warning',
    buttons: ['Keep Mend open', 'Close anyway'],
    defaultId: stayButton,
    cancelId: stayButton,
    ...wording[reason],
  }
}

/** Whether the answer (the index of the button pressed) lets the window close. */
export function closesAfterAnswer(buttonIndex: number): boolean {
  return buttonIndex === closeButton
}
