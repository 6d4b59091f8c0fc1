// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';
import { ActionForm, ActionKitProvider } from '../../src';
import { TEXT_LIKE, VARIABLES } from './fixtures';

test('server-rendering a form with variables touches no browser globals and renders every field', () => {
  expect(typeof window).toBe('undefined');
  const html = renderToString(
    <ActionKitProvider projectId="p" token="t" queryClient={new QueryClient()}>
      <ActionForm schema={TEXT_LIKE} variables={VARIABLES} />
      <ActionForm schema={TEXT_LIKE} variables={() => VARIABLES} />
    </ActionKitProvider>,
  );
  for (const input of TEXT_LIKE.inputs ?? []) expect(html).toContain(`>${input.title}<`);
});
