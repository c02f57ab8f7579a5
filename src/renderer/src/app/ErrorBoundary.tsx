import { Component, type ErrorInfo, type ReactNode } from 'react'

interface State {
  readonly failed: boolean
}

/**
 * A last resort for bugs. Everything saved is already encrypted on disk, so the honest advice is to
 * reload; the error itself stays in the console only, since it may quote journal text.
 */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Mend hit an unexpected error', error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return (
      <main className="centered">
        <div className="narrow card" role="alert">
          <h1>Something went wrong</h1>
          <p>
            Mend ran into a problem it didn’t expect. Everything you had saved is safe and still
            encrypted. Reloading will take you back to the lock screen.
          </p>
          <button className="button button--primary" type="button" onClick={() => window.location.reload()}>
            Reload Mend
          </button>
        </div>
      </main>
    )
  }
}
