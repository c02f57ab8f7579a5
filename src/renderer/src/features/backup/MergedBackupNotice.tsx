import { useEffect, useState } from 'react'
import { Notice } from '../../ui/Notice'
import { forgetMergeNotice, peekMergeNotice } from './mergedNotice'

/** On the lock screen after a merge: what was merged, shown once. */
export function MergedBackupNotice() {
  const [notice] = useState(() => peekMergeNotice())
  useEffect(() => {
    // Forgotten in an effect, not while rendering, so React's double render in development
    // cannot swallow it.
    if (notice !== null) forgetMergeNotice()
  }, [notice])
  if (notice === null) return null
  return (
    <div role="status">
      <Notice>{notice}</Notice>
    </div>
  )
}
