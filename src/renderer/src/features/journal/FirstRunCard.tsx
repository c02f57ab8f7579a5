import { useNavigation } from '../../app/NavigationContext'
import { Button } from '../../ui/Button'

/** Offered once, right after the journal is created. */
export function FirstRunCard() {
  const { navigate } = useNavigation()
  return (
    <section className="card stack" aria-labelledby="first-run" style={{ marginBottom: 'var(--space-4)' }}>
      <h2 id="first-run">Your journal is ready</h2>
      <p>
        A good first step is a short daily check-in: how you feel, how much trust you feel, and one
        thing you need. It takes a couple of minutes.
      </p>
      <div className="actions actions--start">
        <Button variant="primary" onClick={() => navigate({ area: 'guided', flowId: 'daily-check-in' })}>
          Start a daily check-in
        </Button>
        <Button onClick={() => navigate({ area: 'journal', entryId: 'new' })}>Write freely instead</Button>
      </div>
    </section>
  )
}
