import { Suspense, type ComponentProps, type JSX } from 'react';
import { useMessages } from '../hooks';
import type { ActionFormMessages } from '../schema';
import type { ErrorAlert } from './ErrorAlert';
import { FieldBoundary } from './FieldBoundary';
import { lazyControl } from './lazyControl';
import type { RunResult } from './RunResult';

/** A component whose code arrives in its own chunk, with a way to start loading it early. */
export type LazyPart<P> = ((props: P) => JSX.Element) & { preload: () => Promise<void> };

/** A part only some paths show: its chunk loads with that path; a chunk that fails to load shows text, not a broken form. */
function lazyPart<P extends { title?: string }>(load: () => Promise<(props: P) => JSX.Element>, fallbackTitle: (m: ActionFormMessages) => string): LazyPart<P> {
  const control = lazyControl(load);
  const Shown = control.Suspending;
  const Part = (props: P) => {
    const m = useMessages();
    return (
      // reset by the props, so a later failure or result tries a failed chunk again
      <FieldBoundary title={props.title ?? fallbackTitle(m)} resetKeys={Object.values(props)}>
        <Suspense fallback={null}>
          <Shown {...props} />
        </Suspense>
      </FieldBoundary>
    );
  };
  return Object.assign(Part, { preload: control.preload });
}

/** `ErrorAlert`, loaded when a form first fails (forms preload it after mounting, so it still shows once offline). */
export const LazyErrorAlert: LazyPart<ComponentProps<typeof ErrorAlert>> = lazyPart(() => import('./ErrorAlert').then((m) => m.ErrorAlert), (m) => m.runFailed);

/** `RunResult`, loaded when the user submits (a Run takes at least a round trip). */
export const LazyRunResult: LazyPart<ComponentProps<typeof RunResult>> = lazyPart(() => import('./RunResult').then((m) => m.RunResult), (m) => m.result);
