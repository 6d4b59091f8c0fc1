import { Suspense, type ComponentProps, type JSX } from 'react';
import { useCoreMessages } from '../hooks';
import type { MessageLayer } from '../schema';
import type { ErrorAlert } from './ErrorAlert';
import { FieldBoundary } from './FieldBoundary';
import { lazyControl } from './lazyControl';
import type { ProblemsNotice } from './ProblemsNotice';
import type { RunResult } from './RunResult';
import type { SchemaLoadError } from './SchemaLoadError';

/** A component whose code arrives in its own chunk, with a way to start loading it early. */
export type LazyPart<P> = ((props: P) => JSX.Element) & { preload: () => Promise<void> };

/** A part only some paths show: its chunk loads with that path; a chunk that fails to load shows text, not a broken form. */
function lazyPart<P extends object>(load: () => Promise<(props: P) => JSX.Element | null>, title: (props: P, m: MessageLayer) => string): LazyPart<P> {
  const control = lazyControl(load);
  const Shown = control.Suspending;
  const Part = (props: P) => {
    const m = useCoreMessages();
    return (
      // reset by the props, so a later failure or result tries a failed chunk again
      <FieldBoundary title={title(props, m)} resetKeys={Object.values(props)}>
        <Suspense fallback={null}>
          <Shown {...props} />
        </Suspense>
      </FieldBoundary>
    );
  };
  return Object.assign(Part, { preload: control.preload });
}

/** `ErrorAlert`, loaded when a form first fails (forms preload it after mounting, so it still shows once offline). */
export const LazyErrorAlert: LazyPart<ComponentProps<typeof ErrorAlert>> = lazyPart(() => import('./ErrorAlert').then((m) => m.ErrorAlert), (p) => p.title);

/** `RunResult`, loaded when the user submits (a Run takes at least a round trip). */
export const LazyRunResult: LazyPart<ComponentProps<typeof RunResult>> = lazyPart(() => import('./RunResult').then((m) => m.RunResult), (p, m) => p.title ?? m.result);

/** `SchemaLoadError`, loaded when a form's schema failed to load. */
export const LazySchemaLoadError: LazyPart<ComponentProps<typeof SchemaLoadError>> = lazyPart(() => import('./SchemaLoadError').then((m) => m.SchemaLoadError), (p) => p.messages.failed);

/** `ProblemsNotice`, loaded only for a schema with problems. */
export const LazyProblemsNotice: LazyPart<ComponentProps<typeof ProblemsNotice>> = lazyPart(() => import('./ProblemsNotice').then((m) => m.ProblemsNotice), (_p, m) => m.problemsTitle);

/** Loads every part above (`preloadAllControls`: tests, hosts that want no wait ever). */
export const preloadLazyParts = (): Promise<unknown> =>
  Promise.all([LazyErrorAlert, LazyRunResult, LazySchemaLoadError, LazyProblemsNotice].map((part) => part.preload()));
