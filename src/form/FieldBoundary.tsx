import { Component, type ErrorInfo, type ReactNode } from 'react';

interface FieldBoundaryProps {
  /** What failed, for the message ("Subject could not be shown"). */
  title: string;
  children: ReactNode;
}

/** Keeps one failing control (a host override, a broken schema part) from taking the whole form down. */
export class FieldBoundary extends Component<FieldBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`[actionkit-form] "${this.props.title}" failed to render:`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="akf-field akf-field--failed" role="alert">
        {this.props.title} could not be shown: {this.state.error.message}
      </div>
    );
  }
}
