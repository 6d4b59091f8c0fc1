import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ParagonInput } from '../../src';
import { InputStory, playInvalid } from '../support/inputStories';

const input: ParagonInput = { id: 'note', type: 'TEXTAREA_NO_VARS', title: 'Internal note', lines: 3, subtitle: 'Literal text; variables are not allowed here.' };
const filled: unknown = 'Escalated by support.';

const meta = { title: 'Inputs/TEXTAREA_NO_VARS', component: InputStory, args: { input } } satisfies Meta<typeof InputStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { defaultValues: { [input.id]: filled } } };
export const Invalid: Story = { args: { input: { ...input, required: true } }, play: playInvalid };
export const Disabled: Story = { args: { defaultValues: { [input.id]: filled }, disabled: true } };
