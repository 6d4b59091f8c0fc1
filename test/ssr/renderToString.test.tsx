// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';
import { ActionForm, ActionKitProvider, type ParagonAction } from '../../src';
import { INPUT_TYPE_CASES } from '../conformance/inputTypes';

const everyType: ParagonAction = {
  name: 'EVERY_TYPE',
  title: 'Every input type',
  inputs: INPUT_TYPE_CASES.map((c, i) => ({ id: `f${i}`, type: c.type, title: `${c.type} field`, ...c.extra })),
};

test('importing the library and server-rendering a form with every input type touches no browser globals', () => {
  expect(typeof window).toBe('undefined');
  const html = renderToString(
    <ActionKitProvider projectId="p" token="t" queryClient={new QueryClient()}>
      <ActionForm schema={everyType} integration="acme" />
    </ActionKitProvider>,
  );
  for (const c of INPUT_TYPE_CASES) expect(html).toContain(`${c.type} field`);
  expect(html).toContain('Run action');
});

test('server-rendering a form that loads its Action shows the loading state', () => {
  const html = renderToString(
    <ActionKitProvider projectId="p" token="t" queryClient={new QueryClient()}>
      <ActionForm action="SALESFORCE_CREATE_RECORD" />
    </ActionKitProvider>,
  );
  expect(html).toContain('Loading action…');
});
