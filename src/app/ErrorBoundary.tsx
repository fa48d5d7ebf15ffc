import { Component, type ErrorInfo, type ReactNode } from 'react'

type Props = { title: string; backLabel: string; children: ReactNode }
type State = { error: Error | null }

/** Turns a crash below it into a message with a way back, never a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('Recovered from a rendering error:', error, info.componentStack)
  }

  override render() {
    if (this.state.error === null) return this.props.children
    return (
      <div className="error-panel" role="alert">
        <p>{this.props.title}</p>
        <p className="error-panel__detail">{this.state.error.message}</p>
        <a href={window.location.pathname} onClick={() => this.setState({ error: null })}>
          {this.props.backLabel}
        </a>
      </div>
    )
  }
}
