import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ParagonInput } from '../../src';
import { InputStory, playInvalid } from '../support/inputStories';

const input: ParagonInput = { id: 'blocks', type: 'CODE', title: 'Block kit JSON', language: 'json', subtitle: "Design your message in Slack's Block Kit Builder (https://app.slack.com/block-kit-builder)" };
const filled: unknown = { blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Hi' } }] };

const meta = { title: 'Inputs/CODE', component: InputStory, args: { input } } satisfies Meta<typeof InputStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { defaultValues: { [input.id]: filled } } };
export const Invalid: Story = { args: { input: { ...input, required: true } }, play: playInvalid };
export const Disabled: Story = { args: { defaultValues: { [input.id]: filled }, disabled: true } };
