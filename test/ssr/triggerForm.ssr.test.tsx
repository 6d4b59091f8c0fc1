// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';
import { ActionKitProvider, TriggerForm } from '../../src';
import { mockSubscriptionSeeds, mockTriggers } from '../msw/triggerHandlers';

const recordUpdated = mockTriggers.salesforce!.find((t) => t.type === 'SALESFORCE_TRIGGER_RECORD_UPDATED')!;

test('server-rendering a TriggerForm (edit mode, given schema) touches no browser globals', () => {
  expect(typeof window).toBe('undefined');
  const { integration, ...subscription } = mockSubscriptionSeeds.find((s) => s.type === recordUpdated.type)!;
  const html = renderToString(
    <ActionKitProvider projectId="p" token="t" queryClient={new QueryClient()}>
      <TriggerForm schema={recordUpdated} integration={integration} subscription={subscription} />
    </ActionKitProvider>,
  );
  expect(html).toContain('Record type');
  expect(html).toContain('Update subscription');
  expect(html).toContain('Unsubscribe');
});

test('server-rendering a TriggerForm that loads its trigger shows the loading state', () => {
  const html = renderToString(
    <ActionKitProvider projectId="p" token="t" queryClient={new QueryClient()}>
      <TriggerForm trigger="SALESFORCE_TRIGGER_RECORD_CREATED" />
    </ActionKitProvider>,
  );
  expect(html).toContain('Loading trigger…');
});
