import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ParagonInput } from '../../src';
import { InputStory, playInvalid } from '../support/inputStories';

const input: ParagonInput = { id: 'ticketFilter', type: 'CONDITIONAL', title: 'Filter tickets', supportedKeys: ['status', 'priority', 'subject', 'created_at'], supportedOperators: ['$stringExactlyMatches', '$stringContains', '$dateTimeAfter', '$exists'] };
const filled: unknown = { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'status', operator: '$stringExactlyMatches', value: 'open' }, { field: 'created_at', operator: '$dateTimeAfter', value: '2026-01-01' }] }] };

const meta = { title: 'Inputs/CONDITIONAL', component: InputStory, args: { input } } satisfies Meta<typeof InputStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { defaultValues: { [input.id]: filled } } };
export const Invalid: Story = { args: { input: { ...input, required: true } }, play: playInvalid };
export const Disabled: Story = { args: { defaultValues: { [input.id]: filled }, disabled: true } };
