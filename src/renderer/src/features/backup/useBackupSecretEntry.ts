import { useCallback, useRef, useState } from 'react'
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
  return { secret, setSecret, fileError, setFileError, secretError, setSecretError, formRef, clear }
}
