import { describe, expect, test } from 'vitest';
import { collectParameters, compileAction, restoreValues, validateParameters } from '../../src/schema';
import { action, actionsByName, expectedParameters } from '../fixtures';

describe('fixture Actions', () => {
  test.each(Object.keys(actionsByName))('%s compiles without problems', (name) => {
    expect(compileAction(action(name)).problems).toEqual([]);
  });

  test.each(expectedParameters.map((e) => [e.tool, e.parameters] as const))(
    '%s: restoring its saved parameters and collecting again gives them back',
    (tool, parameters) => {
      const values = restoreValues(action(tool), parameters);
      expect(collectParameters(action(tool), values)).toEqual(parameters);
    },
  );

  test.each(expectedParameters.map((e) => [e.tool, e.parameters] as const))('%s: its expected parameters are valid', (tool, parameters) => {
    expect(validateParameters(action(tool), parameters)).toEqual({});
  });
});
