import { FILTER_OPERATOR_LABELS } from './operators';
import { comboboxMessages } from './combobox';
import { compose } from './compose';
import { rowMessages } from './rows';
import type { ActionFormMessages } from './types';

/** The filter builder (FILTER / CONDITIONAL) and its operator labels, over its Field list's strings. */
export const filterMessages = /* @__PURE__ */ compose(
  {
    addCondition: 'Add condition',
    addOrGroup: 'Add OR group',
    removeCondition: 'Remove condition',
    notAvailableFor: (titles) =>
      `Not available for ${titles.length ? `the selected ${titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : titles[0]}` : 'the selected values'}`,
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
    operators: FILTER_OPERATOR_LABELS,
  } satisfies Partial<ActionFormMessages>,
  rowMessages,
  comboboxMessages,
);

/** The keys of `filterMessages`. */
export type FilterMessages = typeof filterMessages;
