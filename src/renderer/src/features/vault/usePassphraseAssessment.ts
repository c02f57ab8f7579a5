import { useEffect, useState } from 'react'
import { assessPassphrase, type PassphraseAssessment } from '../../crypto/passphraseStrength'

/**
 * The strength of `passphrase` as it is typed; null while it is empty. zxcvbn answers
 * asynchronously (its dictionaries load on first use), so an answer for text that has since
 * changed is dropped rather than shown.
 */
export function usePassphraseAssessment(
  passphrase: string,
  avoidWords: readonly string[],
): PassphraseAssessment | null {
  const [assessment, setAssessment] = useState<PassphraseAssessment | null>(null)
  // A string key, so a caller passing a new array with the same words does not re-assess.
  const avoidKey = avoidWords.join('\u0000')

  useEffect(() => {
    let current = true
    if (passphrase.length === 0) {
      setAssessment(null)
      return
    }
    const words = avoidKey.length === 0 ? [] : avoidKey.split('\u0000')
    void assessPassphrase(passphrase, words).then((result) => {
      if (current) setAssessment(result)
    })
    return () => {
      current = false
    }
  }, [passphrase, avoidKey])

  return passphrase.length === 0 ? null : assessment
}
