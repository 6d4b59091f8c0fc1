import type { ComponentType } from 'react';

/** A control whose code arrives in its own chunk; `component` is set once `preload()` has resolved. */
export interface LazyControl<P> {
  preload(): Promise<void>;
  /** The loaded component, or undefined while loading (`Suspending` renders it). */
  component: ComponentType<P> | undefined;
  /** Suspends (for the nearest `<Suspense>`) until loaded, then renders the control. */
  Suspending: ComponentType<P>;
}

/** Wraps a dynamic `import()` of a control so forms can preload it and render it without React.lazy's extra tick. */
export function lazyControl<P extends object>(load: () => Promise<ComponentType<P>>): LazyControl<P> {
  let promise: Promise<void> | undefined;
  let failure: { error: unknown } | undefined;
  const control: LazyControl<P> = {
    component: undefined,
    preload: () =>
      (promise ??= load().then(
        (component) => void (control.component = component),
        (error: unknown) => {
          promise = undefined; // a later preload may try again
          failure = { error };
        },
      )),
    Suspending: (props: P) => {
      const Loaded = control.component;
      if (failure) {
        const { error } = failure;
        failure = undefined; // the field's error boundary shows it; its retry loads again
        throw error;
      }
      if (!Loaded) throw control.preload(); // thrown promises suspend in React 18 and 19 alike
      return <Loaded {...props} />;
    },
  };
  return control;
}
