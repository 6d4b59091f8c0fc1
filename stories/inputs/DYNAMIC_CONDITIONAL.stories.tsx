import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ParagonInput } from '../../src';
import { InputStory, playInvalid } from '../support/inputStories';

const input: ParagonInput = { id: 'filterFormula', type: 'DYNAMIC_CONDITIONAL', title: 'Filter search', supportedKeysSource: { sourceType: 'cachedFields', dependencies: [] }, supportedOperators: ['$stringContains', '$exists'] };
const filled: unknown = { operator: 'OR', conditions: [{ operator: 'AND', conditions: [{ field: 'Email', operator: '$stringContains', value: '@acme.com' }] }] };

const meta = { title: 'Inputs/DYNAMIC_CONDITIONAL', component: InputStory, args: { input } } satisfies Meta<typeof InputStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { defaultValues: { [input.id]: filled } } };
export const Invalid: Story = { args: { input: { ...input, required: true } }, play: playInvalid };
export const Disabled: Story = { args: { defaultValues: { [input.id]: filled }, disabled: true } };
