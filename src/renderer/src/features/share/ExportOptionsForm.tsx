import type { ExportOptions } from '../../domain/share/types'
import { TextArea } from '../../ui/TextArea'
import { TextField } from '../../ui/TextField'

export interface ExportOptionsFormProps {
  readonly options: ExportOptions
  readonly onChange: (options: ExportOptions) => void
}

export function ExportOptionsForm({ options, onChange }: ExportOptionsFormProps) {
  const set = (patch: Partial<ExportOptions>) => onChange({ ...options, ...patch })
  return (
    <section className="card stack" aria-labelledby="options-heading">
      <h2 id="options-heading">What to include</h2>
      <label className="checkbox">
        <input type="checkbox" checked={options.includeRatings} onChange={(e) => set({ includeRatings: e.target.checked })} />
        <span>Mood and trust ratings</span>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={options.includeTags} onChange={(e) => set({ includeTags: e.target.checked })} />
        <span>Tags</span>
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={options.includePrivateNotes}
          onChange={(e) => set({ includePrivateNotes: e.target.checked })}
        />
        <span>Private notes</span>
      </label>
      <TextField label="Title" placeholder="Shared journal entries" value={options.title} onChange={(e) => set({ title: e.target.value })} />
      <TextField
        label="Your name (optional)"
        hint="Shown as “Shared by …”. Leave empty to stay unnamed."
        value={options.authorName}
        onChange={(e) => set({ authorName: e.target.value })}
      />
      <TextArea
        label="A short note to go first (optional)"
        value={options.coverNote}
        onChange={(e) => set({ coverNote: e.target.value })}
      />
    </section>
  )
}
