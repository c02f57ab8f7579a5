import { AutoBackupSettingsForm } from './AutoBackupSettingsForm'
import { BackUpNow } from './BackUpNow'
import { MergeBackup } from './MergeBackup'

/** Settings › Backups: make one now, bring one back in, and daily backups on the desktop. */
export function BackupSection() {
  return (
    <section className="card stack backup-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backups</h2>
      <section className="stack" aria-labelledby="backup-now-heading">
        <h3 id="backup-now-heading">Back up now</h3>
        <BackUpNow />
      </section>
      <section className="stack backup-section__part" aria-labelledby="backup-merge-heading">
        <h3 id="backup-merge-heading">Restore or merge a backup</h3>
        <MergeBackup />
      </section>
      <section className="stack backup-section__part" aria-labelledby="backup-auto-heading">
        <h3 id="backup-auto-heading">Automatic backups</h3>
        <AutoBackupSettingsForm />
      </section>
    </section>
  )
}
