/**
 * Every failure of sealing or opening a partner bundle, worded for the person in front of the
 * screen: what happened, and what they can do. Codes are stable; the Share screens may branch on
 * them. Opening never reports more than these distinct causes, and none depends on secret data
 * beyond "this key or passphrase did not open it".
 */
import { fail, type Result } from '@shared/result'
import { fileTooLargeMessage } from '@shared/fileLimits'

export const bundleErrors = {
  notABundle: () =>
    fail(
      'bundle-not-mend',
      "This file isn't a Mend bundle. Check that you picked the .mendshare file that was sent to you.",
    ),
  tooNew: () =>
    fail(
      'bundle-too-new',
      'This bundle was sealed by a newer version of Mend. Update Mend, then open it again.',
    ),
  damaged: () =>
    fail(
      'bundle-damaged',
      'This bundle is damaged or incomplete, so nothing from it was added. Ask the person who sent it to send the file again.',
    ),
  tooLarge: (maxBytes: number) => fail('bundle-too-large', fileTooLargeMessage(maxBytes)),
  forSomeoneElse: () =>
    fail(
      'bundle-for-someone-else',
      "This bundle was sealed for someone else's share code, so this journal can't open it. If it was meant for you, ask the sender to seal it again to your share code.",
    ),
  needsPassphrase: () =>
    fail(
      'bundle-needs-passphrase',
      'This bundle is locked with a one-time passphrase. Type the passphrase the sender gave you.',
    ),
  wrongPassphrase: () =>
    fail(
      'bundle-wrong-passphrase',
      "That passphrase doesn't open this bundle. Check it with the person who sent it; capitals and spaces count.",
    ),
  keyDerivationFailed: () =>
    fail(
      'key-derivation-failed',
      'Mend could not finish checking the passphrase, most likely because the computer is short of memory. Close a few other programs and try again.',
    ),
  nothingToShare: () =>
    fail('bundle-empty', 'Choose at least one item to share, then seal the bundle again.'),
  ownShareCode: () =>
    fail(
      'share-code-is-yours',
      "That is your own share code. Paste your partner's code instead: they can find it on their Share screen.",
    ),
  unusableShareCode: () =>
    fail(
      'share-code-unusable',
      'Mend cannot seal anything to this share code because it does not hold a usable key. Ask your partner to copy their code from Mend again.',
    ),
  weakPassphrase: (explanation: string) =>
    fail(
      'weak-passphrase',
      `This passphrase is too easy to guess for a file that may travel by email. ${explanation}`,
    ),
} satisfies Record<string, (...args: never[]) => Result<never>>
