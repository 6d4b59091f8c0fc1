import type { ActionFormMessages } from './types';

/** Notes on schema parts that could not be shown as defined (`compileAction`'s `problems` are them in English). */
export const problemMessages = {
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
} satisfies Partial<ActionFormMessages>;

/** The keys of `problemMessages`. */
export type ProblemMessages = typeof problemMessages;
