const NO_LOADER_WARNING =
  '[actionkit-form] ActionKitProvider has a custom `baseUrl` but neither `optionsBaseUrl` nor `loadOptions`, so dynamic options ' +
  'will not load and those fields take typed text. Pass `optionsBaseUrl` (the options host of your deployment) or a `loadOptions` function.';

/** Tells the host's developer that dynamic options cannot load and what to configure. */
export const warnNoLoader = (): void => console.warn(NO_LOADER_WARNING);
