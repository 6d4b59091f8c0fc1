import { compose } from './compose';
import { errorMessages } from './errors';
import { problemMessages } from './problems';
import type { ActionFormMessages } from './types';
import { validationMessages } from './validation';

/**
 * The strings of what every form can show up front (buttons, load states, alerts, validation, schema
 * problems, ActionKit errors, the ENUM and native controls): the default of the messages context.
 * Lazy parts bring their own area (`useAreaMessages`).
 */
export const coreMessages = /* @__PURE__ */ compose(
  {
    runAction: 'Run action',
    save: 'Save',
    reloadFields: 'Reload fields',
    ranSuccessfully: 'Action ran successfully.',
    saved: 'Saved.',
    saveFailed: 'The configuration could not be saved.',
    nothingToShow: 'Nothing to show.',
    thisForm: 'This form',
    /** Also what a result view that failed to load is called. */
    result: 'Result',
    fieldFailed: (title, reason) => `${title} could not be shown: ${reason}`,
    loadingAction: 'Loading action…',
    actionNotFound: 'Action not found.',
    actionLoadFailed: 'The action could not be loaded.',
    actionMissing: (name) => `Action "${name}" was not found. It may not exist, or its integration may not be connected for this user.`,
    skippedActions: (count, integration) => `Skipped ${count} malformed ${count === 1 ? 'action' : 'actions'} of ${integration}.`,
    unreadableListError: 'An integration reported an unreadable error.',
    offline: 'You appear to be offline. The form will load when the connection is back.',
    sessionExpired: 'Your session has expired or is not authorized.',
    noInputs: 'No inputs needed.',
    problemsTitle: 'Some inputs could not be shown as defined:',
    moreProblems: (count) => `…and ${count} more.`,
    selectPlaceholder: 'Select…',
    clear: (title) => `Clear ${title}`,
    learnMore: 'Learn more',
    opensInNewTab: ' (opens in a new tab)',
    unsupportedType: (type) => `This input type (${type}) is not supported yet. Enter the value as text or JSON.`,
    retry: 'Retry',
    runFailed: 'The action could not be run.',
  } satisfies Partial<ActionFormMessages>,
  validationMessages,
  problemMessages,
  errorMessages,
);

/** The keys of `coreMessages`. */
export type CoreMessages = typeof coreMessages;
