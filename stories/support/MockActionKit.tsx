import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import type { HttpHandler } from 'msw';
import { useState, type ReactNode } from 'react';
import { ActionKitProvider, type ActionFormMessageOverrides } from '../../src';
import { actionKitHandlers, MOCK_BASE_URL } from '../../test/msw/actionKitHandlers';
import { mockFetch } from '../../test/msw/mockFetch';
import { triggerHandlers } from '../../test/msw/triggerHandlers';
import { useStoryMessages } from './locale';

/** A token whose payload carries a `sub`, as a Paragon User Token does. */
export const STORY_TOKEN = `eyJhbGciOiJub25lIn0.${btoa(JSON.stringify({ sub: 'storybook-user' })).replace(/=+$/, '')}.sig`;

/** Wraps a story in an ActionKitProvider whose network is the fixture mock, Actions and TriggerKit (plus any overrides first). */
export function MockActionKit({ children, handlers = [], latency = 0, messages }: { children: ReactNode; handlers?: HttpHandler[]; latency?: number; messages?: ActionFormMessageOverrides }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  const [fetch] = useState(() => mockFetch([...handlers, ...actionKitHandlers({ latency }), ...triggerHandlers({ latency })]));
  const storyMessages = useStoryMessages();
  return (
    <ActionKitProvider projectId="storybook" token={STORY_TOKEN} baseUrl={MOCK_BASE_URL} fetch={fetch} queryClient={client} messages={messages ?? storyMessages}>
      {children}
    </ActionKitProvider>
  );
}

/**
 * The decorator of the form stories: the mock ActionKit (a story's `parameters.handlers` override single
 * endpoints, `parameters.latency` its delay) around a form at most 640 px wide.
 */
export const withMockActionKit = (defaultLatency: number): Decorator =>
  function WithMockActionKit(Story, { parameters }) {
    return (
      <MockActionKit handlers={parameters.handlers ?? []} latency={parameters.latency ?? defaultLatency}>
        <div style={{ maxWidth: 640 }}>
          <Story />
        </div>
      </MockActionKit>
    );
  };
