import { comboboxMessages } from './messages/combobox';
import { compose } from './messages/compose';
import { coreMessages } from './messages/core';
import { dynamicMessages } from './messages/dynamic';
import { filterMessages } from './messages/filter';
import { pairMessages } from './messages/pairs';
import { resultMessages } from './messages/result';
import { triggerMessages } from './messages/trigger';
import type { ActionFormMessages } from './messages/types';
import { variableMessages } from './messages/variables';

export type { ActionFormMessages, ActionFormMessageOverrides, MessageLayer } from './messages/types';
export { mergeMessages, withArea } from './messages/merge';
export { coreMessages, type CoreMessages } from './messages/core';
export { validationMessages, type ValidationMessages } from './messages/validation';
export { problemMessages, type ProblemMessages } from './messages/problems';
export { errorMessages, type ErrorMessages } from './messages/errors';
export { resultMessages, comboboxMessages, dynamicMessages, pairMessages, filterMessages, variableMessages, triggerMessages };
export type { ResultMessages } from './messages/result';
export type { ComboboxMessages } from './messages/combobox';
export type { DynamicMessages } from './messages/dynamic';
export type { PairMessages } from './messages/pairs';
export type { FilterMessages } from './messages/filter';
export type { VariableMessages } from './messages/variables';
export type { TriggerMessages } from './messages/trigger';

/**
 * The English messages: every area's defaults in one object. Typed as `ActionFormMessages`, so a key
 * no area gives a default fails the type check. The form itself never reads it whole (each lazy part
 * brings its own area), so a host that does not import it does not load it.
 */
export const defaultMessages: ActionFormMessages = /* @__PURE__ */ compose(
  coreMessages,
  resultMessages,
  comboboxMessages,
  dynamicMessages,
  pairMessages,
  filterMessages,
  variableMessages,
  triggerMessages,
);
