import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { ActionForm, TriggerForm } from '../src';
import { MOCK_BASE_URL } from '../test/msw/actionKitHandlers';
import { everyTypeAction } from '../test/support/everyTypeAction';
import { withMockActionKit } from './support/MockActionKit';

/**
 * The forms with the complete German messages (`stories/support/messages.de.ts`), as the "Locale"
 * toolbar sets them for every story: every input type, the load and failure states and TriggerForm
 * show no English string of the library.
 */
const meta = {
  title: 'Locale/German',
  component: ActionForm,
  globals: { locale: 'de' },
  args: { schema: everyTypeAction, integration: 'test' },
  decorators: [withMockActionKit(0)],
} satisfies Meta<typeof ActionForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** One input of every type (submit it empty to see the German validation messages). */
export const EveryInputType: Story = {};

export const Loading: Story = {
  args: { schema: undefined, action: 'JIRA_CREATE_ISSUE' },
  parameters: { handlers: [http.get(`${MOCK_BASE_URL}/projects/:projectId/actions`, () => new Promise<never>(() => {}))] },
};

/** A failed Run: the alert's title, message, HTTP status and request id. */
export const RunFailed: Story = {
  args: { schema: { name: 'DE_RUN', title: 'Ausführen', inputs: [{ id: 'betreff', title: 'Betreff', type: 'TEXT' }] } },
  parameters: { handlers: [http.post(`${MOCK_BASE_URL}/projects/:projectId/tools`, () => new HttpResponse('', { status: 500, headers: { 'X-Request-Id': 'req-777' } }))] },
};

export const Trigger: Story = {
  render: () => <TriggerForm trigger="SALESFORCE_TRIGGER_RECORD_CREATED" />,
};
