import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ActionForm } from '../../src';
import { expectedParameters } from '../fixtures';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

const log = setupMockActionKit();

test.each(expectedParameters.map((e) => [e.tool, e.parameters] as const))(
  '%s: reopened from its saved parameters, it shows them as the current parameters and runs them unchanged',
  async (tool, parameters) => {
    const onChange = vi.fn();
    renderWithProvider(<ActionForm action={tool} defaultValues={parameters} onChange={onChange} />);
    const run = await screen.findByRole('button', { name: 'Run action' });
    expect(onChange).toHaveBeenLastCalledWith(parameters);
    await userEvent.setup().click(run);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Action ran successfully.'));
    expect(log.runs.map((r) => [r.tool, r.parameters])).toEqual([[tool, parameters]]);
  },
);
