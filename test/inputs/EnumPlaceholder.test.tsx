import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { ActionForm, type ParagonAction } from '../../src';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

setupMockActionKit();

const schema = (placeholder?: string): ParagonAction => ({
  name: 'ACME_LEVEL',
  title: 'Level',
  inputs: [{ id: 'level', type: 'ENUM', title: 'Level', values: ['High', 'Low'], placeholder }],
});

test('an empty optional ENUM shows the placeholder message, never a blank trigger', () => {
  renderWithProvider(<ActionForm schema={schema()} integration="acme" />);
  expect(screen.getByRole('combobox', { name: 'Level' })).toHaveTextContent('Select…');
});

test('the placeholder comes from the messages, and the input’s own placeholder wins', () => {
  const { unmount } = renderWithProvider(<ActionForm schema={schema()} integration="acme" messages={{ selectPlaceholder: 'Auswählen…' }} />);
  expect(screen.getByRole('combobox', { name: 'Level' })).toHaveTextContent('Auswählen…');
  unmount();
  renderWithProvider(<ActionForm schema={schema('Pick a level')} integration="acme" messages={{ selectPlaceholder: 'Auswählen…' }} />);
  expect(screen.getByRole('combobox', { name: 'Level' })).toHaveTextContent('Pick a level');
});
