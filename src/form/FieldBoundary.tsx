import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { MessagesContext } from '../hooks';

interface FieldBoundaryProps {
  /** What failed, for the message ("Subject could not be shown"). */
  title: string;
  /** When any of these change (the input's schema, its value), a failed part is tried again. */
  resetKeys: readonly unknown[];
  children: ReactNode;
}

const changed = (a: readonly unknown[], b: readonly unknown[]) => a.length !== b.length || a.some((v, i) => !Object.is(v, b[i]));

/** Keeps one failing part (a host control, a broken schema part) from taking the rest of the form down. */
export class FieldBoundary extends Component<FieldBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };
  static override contextType = MessagesContext;
  declare context: ContextType<typeof MessagesContext>;

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`[actionkit-form] "${this.props.title}" failed to render:`, error, info.componentStack);
  }

  override componentDidUpdate(prev: FieldBoundaryProps) {
    if (this.state.error && changed(prev.resetKeys, this.props.resetKeys)) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="akf-field__failed" role="alert">
        {this.context.fieldFailed(this.props.title, this.state.error.message)}
      </div>
    );
  }
}
