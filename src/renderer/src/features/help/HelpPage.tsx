import { themes } from '../../domain/journal/themes'
import { PageHeader } from '../../ui/PageHeader'
import { SafetyNote } from '../../ui/SafetyNote'
import { ThemeList } from '../../ui/ThemeList'
import { areaLinks } from '../../app/routes'

const shortcuts: readonly (readonly [string, string])[] = [
  ['Ctrl+L / ⌘+L', 'Lock Mend now'],
  ['Ctrl+N / ⌘+N', 'New journal entry'],
  ['Ctrl+F / ⌘+F', 'Search the journal (on the Journal page)'],
  ['Ctrl+Enter', 'Next step in a guided reflection'],
  ['Esc', 'Close a dialog'],
  ...areaLinks.map((link) => [`Alt+${link.shortcut}`, `Go to ${link.label}`] as const),
]

export function HelpPage() {
  return (
    <div className="page stack">
      <PageHeader title="Help" description="How Mend works, and what to do if you need more than a journal." />
      <section className="card" aria-labelledby="safety-heading">
        <h2 id="safety-heading">If you don’t feel safe</h2>
        <SafetyNote />
      </section>
      <section className="card" aria-labelledby="themes-heading">
        <h2 id="themes-heading">The six themes</h2>
        <ThemeList themes={themes} />
      </section>
      <section className="card" aria-labelledby="privacy-help-heading">
        <h2 id="privacy-help-heading">Your privacy</h2>
        <p>
          Everything you write is encrypted on this computer with a key that only your passphrase (or
          your recovery words) can unlock. Mend has no account, sends nothing over the internet and
          keeps no readable copy. When Mend locks, the key is wiped from memory and the window is
          reloaded, so nothing you wrote stays readable in the background.
        </p>
        <p>
          If you forget your passphrase, your recovery words open your journal. If both are lost,
          nobody can open it — not even us. That is the price of real privacy. If your recovery
          words are lost, or someone else may have seen them, make new ones in Settings while you
          still know your passphrase.
        </p>
      </section>
      <section className="card" aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
        <table className="shortcuts">
          <tbody>
            {shortcuts.map(([keys, action]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  )
}
