import { useCallback, useEffect, useRef, useState } from 'react'
import { focusSecretField } from './BackupSecretFields'
import { emptyBackupSecretInput, type BackupSecretInput } from './backupSecretInput'

/**
 * What restoring and merging both ask of the person: the backup's passphrase or recovery words,
 * and where to say that the file or the secret was refused. `clear` starts over for a new file.
 */
export function useBackupSecretEntry() {
  const [secret, setSecret] = useState<BackupSecretInput>(emptyBackupSecretInput)
  const [fileError, setFileError] = useState<string | null>(null)
  const [secretError, setSecretError] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const clear = useCallback(() => {
    setFileError(null)
    setSecretError(null)
    setSecret(emptyBackupSecretInput)
  }, [])
  // A refused secret sends focus to its field after the render that shows the error. Asked for
  // explicitly rather than inferred from a change of step: a refusal that comes back at once is
  // rendered in the same batch as the step it interrupted, and no step change is ever seen.
  const focusFieldNext = useRef(false)
  useEffect(() => {
    if (!focusFieldNext.current) return
    focusFieldNext.current = false
    focusSecretField(formRef.current)
  })
  const refuseSecret = useCallback((message: string) => {
    focusFieldNext.current = true
    setSecretError(message)
  }, [])
  return {
    secret,
    setSecret,
    fileError,
    setFileError,
    secretError,
    setSecretError,
    refuseSecret,
    formRef,
    clear,
  }
}
