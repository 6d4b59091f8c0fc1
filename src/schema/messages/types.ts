import type { FilterOperator } from '../types';
import type { CoreMessages } from './core';

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
  /** Appended to `actionMissing`: entries of the user's Action list that had the wrong shape were skipped. */
  skippedActions: (count: number, integration: string) => string;
  /** Appended to `actionMissing` or `triggerMissing`: an integration reported an error without a readable message. */
  unreadableListError: string;
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
  /** `detail` is `jsonErrorAt`'s text: where the text stops being JSON (none when that is unknown). */
  invalidJson: (title: string, detail?: string) => string;
  /** Where JSON text has its first error, inside `invalidJson`: "line 2, column 5". */
  jsonErrorAt: (line: number, column: number) => string;
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
  /** Appended to `triggerMissing`: entries of the user's trigger list that had the wrong shape were skipped. */
  skippedTriggers: (count: number, integration: string) => string;
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

/** A host's overrides: any subset of keys, and any subset of the operator labels. */
export type ActionFormMessageOverrides = Partial<Omit<ActionFormMessages, 'operators'>> & { operators?: Partial<Record<FilterOperator, string>> };

/** What the messages context carries: the up-front defaults with a host's overrides of any key on top. */
export type MessageLayer = CoreMessages & ActionFormMessageOverrides;
