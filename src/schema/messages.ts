import { FILTER_OPERATOR_LABELS } from './filterOperators';
import type { FilterOperator } from './types';

/**
 * Every string the library shows or announces. Keys named in SPEC §4 are part of the contract;
 * strings that embed a value are functions. Hosts pass a partial object (`messages` on
 * `ActionKitProvider` or `ActionForm`); missing keys fall back to `defaultMessages`.
 */
export interface ActionFormMessages {
  runAction: string;
  save: string;
  /** "Subject is required". */
  required: (title: string) => string;
  /** A disabled dependent field's reason: "Select Project first". */
  selectFirst: (title: string) => string;
  /** A dynamic field whose dependency holds a `{{…}}` token: its options are known only at run time. */
  dependsOnVariable: (title: string) => string;
  /** The last option of an editable list: `Use "abc"`. */
  useTyped: (text: string) => string;
  addCondition: string;
  addOrGroup: string;
  removeCondition: string;
  addPair: string;
  removePair: string;
  /** The button that reloads user-specific custom fields (`reload_fields=true`). */
  reloadFields: string;
  /** Status announcement after a successful Run. */
  ranSuccessfully: string;
  /** Status announcement after save mode's `onSubmit` resolved. */
  saved: string;
  /** Alert title when save mode's `onSubmit` rejected. */
  saveFailed: string;
  /** Alert title when a form got neither `action` nor `schema` (its message is for developers). */
  nothingToShow: string;
  /** What the whole form is called in `fieldFailed`. */
  thisForm: string;
  /** A part that crashed while rendering: "Subject could not be shown: …". */
  fieldFailed: (title: string, reason: string) => string;
  loadingAction: string;
  actionNotFound: string;
  actionLoadFailed: string;
  /** The message of an Action the user's list does not hold. */
  actionMissing: (name: string) => string;
  /** A loading form while the browser is offline. */
  offline: string;
  /** Alert title when loading a schema got 401/403. */
  sessionExpired: string;
  /** A schema without inputs. */
  noInputs: string;
  /** Title of the list of schema parts that could not be shown as defined. */
  problemsTitle: string;
  /** The last row of that list when it is cut: "…and 3 more.". */
  moreProblems: (count: number) => string;
  /** Rows of that list; `where` is a quoted title or id, or a position like `#3`. */
  problemNotObject: (where: string) => string;
  problemNoId: (where: string) => string;
  problemCycle: (where: string) => string;
  problemTooDeep: (where: string) => string;
  problemNoTitle: (id: string) => string;
  problemNoType: (title: string) => string;
  problemValuesNotList: (title: string) => string;
  problemOptionsDropped: (title: string, count: number) => string;
  problemDependentsNotList: (title: string) => string;
  problemActionNotObject: string;
  problemInputsNotList: string;
  /** Title of the collapsible Run result. */
  result: string;
  /** A Run result that has no body. */
  noContent: string;
  /** The button that shows a truncated result whole. */
  showAll: (characters: number) => string;
  copy: string;
  copied: string;
  /** The error alert's status piece: "HTTP 500". */
  httpStatus: (status: number) => string;
  /** The error alert's label before the request id. */
  requestId: string;
  /** ActionKit errors with no server message worth showing, by `ActionKitError.kind`. */
  errorUnauthorized: string;
  errorForbidden: string;
  errorNotFound: string;
  errorNotConnected: string;
  /** `seconds` from `Retry-After`, when sent. */
  errorRateLimited: (seconds?: number) => string;
  errorOffline: string;
  errorTimeout: string;
  errorInvalidResponse: string;
  /** Server errors by HTTP status (409 and 422 have their own text; none: no status). */
  errorServer: (status?: number) => string;
  /** A 400/422 whose body named fields: their messages, in the server's words. */
  errorValuesRejected: (messages: string[]) => string;
  /** Validation: an empty required filter. */
  filterRequired: (title: string) => string;
  notANumber: (title: string) => string;
  notAnEmail: (title: string) => string;
  notAUrl: (title: string) => string;
  /** `detail` is the JSON parser's own message. */
  invalidJson: (title: string, detail?: string) => string;
  /** Placeholder of an empty ENUM. */
  selectPlaceholder: string;
  /** Placeholder of EDITABLE_ENUM. */
  selectOrTypePlaceholder: string;
  /** Placeholder of a searchable dynamic list. */
  searchPlaceholder: string;
  /** Placeholder of an editable searchable dynamic list. */
  searchOrTypePlaceholder: string;
  /** Placeholder of a dynamic list whose options cannot load. */
  typeValuePlaceholder: string;
  /** The empty list of a dynamic list whose options cannot load. */
  typeValue: string;
  /** Note under a dynamic list whose options cannot load. */
  optionsNeedConnection: string;
  /** Accessible name of a field's clear button: "Clear Record type". */
  clear: (title: string) => string;
  /** Row under a cut option list. */
  moreOptions: (hidden: number) => string;
  /** Option list while the browser is offline. */
  optionsOffline: string;
  loading: string;
  /** An option list showing the previous options while new ones load. */
  updating: string;
  noOptions: string;
  noMatches: (search: string) => string;
  loadMore: string;
  /** `detail`: the error's message, when it has one. */
  optionsFailed: (detail?: string) => string;
  /** A saved value whose option has not been found on the pages loaded so far. */
  savedValueLooking: string;
  /** A saved value not among the loaded options. */
  savedValueUnknown: string;
  /** A filter field missing from the keys loaded for new dependency values. */
  notAvailableFor: (titles: string[]) => string;
  /** The pair input's Key combobox. */
  key: string;
  /** The Value box of pair and filter rows. */
  value: string;
  /** The filter row's Field. */
  field: string;
  /** The filter row's Operator. */
  operator: string;
  fieldNamePlaceholder: string;
  chooseField: string;
  chooseOperator: string;
  /** Hint under a list value ("is one of"). */
  listHint: string;
  /** Accessible name of an OR group: "Condition group 2". */
  conditionGroup: (position: number) => string;
  /** Accessible name of a row in its group: "Condition 1". */
  condition: (position: number) => string;
  /** Between AND conditions in the summary. */
  and: string;
  /** Between OR groups, in the builder and the summary. */
  or: string;
  /** The filter's summary: "Matches when status exactly matches open". */
  filterSummary: (description: string) => string;
  /** The link a subtitle's trailing `(https://…)` becomes. */
  learnMore: string;
  /** Read after "Learn more" (visually hidden). */
  opensInNewTab: string;
  /** Note under the fallback editor of an input type the library does not know. */
  unsupportedType: (type: string) => string;
  loadingTrigger: string;
  triggerNotFound: string;
  triggerLoadFailed: string;
  triggerMissing: (type: string) => string;
  subscribe: string;
  updateSubscription: string;
  /** A subscription status as shown ("Active"); unknown statuses as sent. */
  subscriptionStatus: (status: string) => string;
  /** `status` is `subscriptionStatus`'s text. */
  subscribed: (status: string) => string;
  subscriptionUpdated: (status: string) => string;
  subscribeFailed: string;
  updateFailed: string;
  /** Alert title of an `ERRORED` subscription. */
  errored: string;
  erroredWithoutReason: string;
  showExample: string;
  exampleTitle: string;
  exampleLoaded: (count: number) => string;
  exampleFailed: string;
  unsubscribe: string;
  unsubscribeQuestion: string;
  unsubscribeHint: string;
  cancel: string;
  unsubscribed: string;
  unsubscribeFailed: string;
  /** The button beside a text field that opens the variable list. */
  insertVariable: string;
  /** The toggle that swaps a non-text control for a token textbox. */
  useVariable: string;
  /** The accessible name of the variable list. */
  variables: string;
  /** The variable list while a `variables` function is answering. */
  variablesLoading: string;
  /** The variable list when no variable matches the typed text. */
  variablesEmpty: string;
  /** The variable list when a `variables` function failed. */
  variablesFailed: string;
  /** Hover text of a token that is not in the variable list. */
  unknownVariable: (token: string) => string;
  retry: string;
  runFailed: string;
  operators: Record<FilterOperator, string>;
}

/** The English messages. */
export const defaultMessages: ActionFormMessages = {
  runAction: 'Run action',
  save: 'Save',
  required: (title) => `${title} is required`,
  selectFirst: (title) => `Select ${title} first`,
  dependsOnVariable: (title) => `Options are unknown while ${title} is a variable`,
  useTyped: (text) => `Use "${text}"`,
  addCondition: 'Add condition',
  addOrGroup: 'Add OR group',
  removeCondition: 'Remove condition',
  addPair: 'Add pair',
  removePair: 'Remove pair',
  reloadFields: 'Reload fields',
  ranSuccessfully: 'Action ran successfully.',
  saved: 'Saved.',
  saveFailed: 'The configuration could not be saved.',
  nothingToShow: 'Nothing to show.',
  thisForm: 'This form',
  fieldFailed: (title, reason) => `${title} could not be shown: ${reason}`,
  loadingAction: 'Loading action…',
  actionNotFound: 'Action not found.',
  actionLoadFailed: 'The action could not be loaded.',
  actionMissing: (name) => `Action "${name}" was not found. It may not exist, or its integration may not be connected for this user.`,
  offline: 'You appear to be offline. The form will load when the connection is back.',
  sessionExpired: 'Your session has expired or is not authorized.',
  noInputs: 'No inputs needed.',
  problemsTitle: 'Some inputs could not be shown as defined:',
  moreProblems: (count) => `…and ${count} more.`,
  problemNotObject: (where) => `Input ${where} is not an object and was skipped.`,
  problemNoId: (where) => `Input ${where} has no id and was skipped.`,
  problemCycle: (where) => `Input ${where} contains itself; the repeated part was skipped.`,
  problemTooDeep: (where) => `Input ${where} is nested too deeply; it was skipped.`,
  problemNoTitle: (id) => `Input "${id}" has no title; its id is shown instead.`,
  problemNoType: (title) => `Input "${title}" has no type.`,
  problemValuesNotList: (title) => `Input "${title}": its options ("values") are not a list.`,
  problemOptionsDropped: (title, count) => `Input "${title}": ${count} option${count === 1 ? '' : 's'} without a value ${count === 1 ? 'was' : 'were'} skipped.`,
  problemDependentsNotList: (title) => `Input "${title}": its dependentInputs are not a list.`,
  problemActionNotObject: 'The action is not an object.',
  problemInputsNotList: 'The action\'s "inputs" is not a list.',
  result: 'Result',
  noContent: 'No content',
  showAll: (characters) => `Show all (${characters.toLocaleString()} characters)`,
  copy: 'Copy',
  copied: 'Copied',
  httpStatus: (status) => `HTTP ${status}`,
  requestId: 'Request ID:',
  errorUnauthorized: 'Your session has expired. Sign in again, then retry.',
  errorForbidden: 'You are not authorized to use this project.',
  errorNotFound: 'Not found. The Action or project may not exist for this user.',
  errorNotConnected: 'This integration is not connected for this user.',
  errorRateLimited: (seconds) => `Too many requests. Try again in ${!seconds ? 'a moment' : seconds === 1 ? '1 second' : seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`}.`,
  errorOffline: 'You appear to be offline. Check your connection and retry.',
  errorTimeout: 'The request timed out. Try again.',
  errorInvalidResponse: 'ActionKit sent a response that could not be read.',
  errorServer: (status) =>
    status === undefined ? 'ActionKit had a problem.'
    : status === 409 ? 'The request conflicts with the current state of the data (HTTP 409). Reload it and try again.'
    : status === 422 ? 'ActionKit did not accept some of the values (HTTP 422).'
    : status >= 400 && status < 500 ? `ActionKit rejected the request (HTTP ${status}).` : `ActionKit had a problem (HTTP ${status}).`,
  errorValuesRejected: (messages) => `ActionKit did not accept some of the values: ${messages.join('; ')}`,
  filterRequired: (title) => `${title} needs at least one complete condition`,
  notANumber: (title) => `${title} must be a number`,
  notAnEmail: (title) => `${title} must be an email address`,
  notAUrl: (title) => `${title} must be a URL starting with http:// or https://`,
  invalidJson: (title, detail) => `${title} must be valid JSON (${detail ?? 'parse error'})`,
  selectPlaceholder: 'Select…',
  selectOrTypePlaceholder: 'Select or type a value…',
  searchPlaceholder: 'Search…',
  searchOrTypePlaceholder: 'Search or type a value…',
  typeValuePlaceholder: 'Type a value…',
  typeValue: 'Type a value',
  optionsNeedConnection: 'Type a value; options for this field load once a connection is configured.',
  clear: (title) => `Clear ${title}`,
  moreOptions: (hidden) => `Keep typing to narrow down (${hidden} more)`,
  optionsOffline: 'You appear to be offline. The options will load when the connection is back.',
  loading: 'Loading…',
  updating: 'Updating…',
  noOptions: 'No options',
  noMatches: (search) => `No matches for "${search}"`,
  loadMore: 'Load more',
  optionsFailed: (detail) => `Options could not be loaded${detail ? `: ${detail}` : '.'}`,
  savedValueLooking: 'Saved value (not found in the options yet)',
  savedValueUnknown: 'Saved value (unknown: not in the loaded options)',
  notAvailableFor: (titles) =>
    `Not available for ${titles.length ? `the selected ${titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : titles[0]}` : 'the selected values'}`,
  key: 'Key',
  value: 'Value',
  field: 'Field',
  operator: 'Operator',
  fieldNamePlaceholder: 'Field name',
  chooseField: 'Choose a field',
  chooseOperator: 'Choose an operator',
  listHint: 'Separate values with commas',
  conditionGroup: (position) => `Condition group ${position}`,
  condition: (position) => `Condition ${position}`,
  and: 'and',
  or: 'or',
  filterSummary: (description) => `Matches when ${description}`,
  learnMore: 'Learn more',
  opensInNewTab: ' (opens in a new tab)',
  unsupportedType: (type) => `This input type (${type}) is not supported yet. Enter the value as text or JSON.`,
  loadingTrigger: 'Loading trigger…',
  triggerNotFound: 'Trigger not found.',
  triggerLoadFailed: 'The trigger could not be loaded.',
  triggerMissing: (type) => `Trigger "${type}" was not found. It may not exist, or its integration may not be connected for this user.`,
  subscribe: 'Subscribe',
  updateSubscription: 'Update subscription',
  subscriptionStatus: (status) => ({ ACTIVE: 'Active', ERRORED: 'Errored' })[status] ?? status,
  subscribed: (status) => `Subscribed. Status: ${status}.`,
  subscriptionUpdated: (status) => `Subscription updated. Status: ${status}.`,
  subscribeFailed: 'The subscription could not be created.',
  updateFailed: 'The subscription could not be updated.',
  errored: 'This subscription is not receiving events.',
  erroredWithoutReason: 'The integration reported an error without details.',
  showExample: 'Show example payload',
  exampleTitle: 'Example payload',
  exampleLoaded: (count) => `Example payload loaded: ${count} ${count === 1 ? 'record' : 'records'}.`,
  exampleFailed: 'The example payload could not be loaded.',
  unsubscribe: 'Unsubscribe',
  unsubscribeQuestion: 'Unsubscribe?',
  unsubscribeHint: 'Events of this trigger will no longer be delivered.',
  cancel: 'Cancel',
  unsubscribed: 'Unsubscribed.',
  unsubscribeFailed: 'The subscription could not be removed.',
  insertVariable: 'Insert variable',
  useVariable: 'Use a variable',
  variables: 'Variables',
  variablesLoading: 'Loading variables…',
  variablesEmpty: 'No matching variables',
  variablesFailed: 'Variables could not be loaded.',
  unknownVariable: (token) => `${token}: not a variable of this step`,
  retry: 'Retry',
  runFailed: 'The action could not be run.',
  operators: FILTER_OPERATOR_LABELS,
};

/** A host's overrides: any subset of keys, and any subset of the operator labels. */
export type ActionFormMessageOverrides = Partial<Omit<ActionFormMessages, 'operators'>> & { operators?: Partial<Record<FilterOperator, string>> };

/** `base` with `overrides` on top; `undefined` keys keep the base's string. */
export function mergeMessages(base: ActionFormMessages, overrides: ActionFormMessageOverrides | undefined): ActionFormMessages {
  if (!overrides) return base;
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined && key !== 'operators') merged[key] = value;
  const operators = { ...base.operators };
  for (const [op, label] of Object.entries(overrides.operators ?? {})) if (label !== undefined) operators[op as FilterOperator] = label;
  return { ...(merged as unknown as ActionFormMessages), operators };
}
