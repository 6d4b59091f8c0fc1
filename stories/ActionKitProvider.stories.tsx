import type { Meta, StoryObj } from '@storybook/react-vite';
import { ActionForm, ActionKitProvider } from '../src';
import { actionKitHandlers, MOCK_BASE_URL } from '../test/msw/actionKitHandlers';
import { mockFetch } from '../test/msw/mockFetch';
import { STORY_TOKEN } from './support/MockActionKit';

/** `ActionKitProvider` connects forms and hooks to one project and user. Here its `fetch` is the fixture mock. */
const meta = {
  title: 'ActionKitProvider',
  component: ActionKitProvider,
  tags: ['autodocs'],
  args: {
    projectId: 'storybook',
    token: STORY_TOKEN,
    baseUrl: MOCK_BASE_URL,
    fetch: mockFetch(actionKitHandlers({ latency: 200 })),
    children: <ActionForm action="HUBSPOT_CREATE_RECORD" />,
  },
} satisfies Meta<typeof ActionKitProvider>;
export default meta;

export const WithActionForm: StoryObj<typeof meta> = {};
