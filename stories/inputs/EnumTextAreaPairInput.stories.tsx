import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ParagonInput } from '../../src';
import { InputStory, playInvalid } from '../support/inputStories';

const input: ParagonInput = { id: 'columnValue', type: 'EnumTextAreaPairInput', title: 'Column value', subtitle: 'Pick a column, then type the new cell value.', values: ['A', 'B', 'C', 'D'] };
const filled: unknown = { C: 'Closed won', D: '2026-12-01' };

const meta = { title: 'Inputs/EnumTextAreaPairInput', component: InputStory, args: { input } } satisfies Meta<typeof InputStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { defaultValues: { [input.id]: filled } } };
export const Invalid: Story = { args: { input: { ...input, required: true } }, play: playInvalid };
export const Disabled: Story = { args: { defaultValues: { [input.id]: filled }, disabled: true } };
