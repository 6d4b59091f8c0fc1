import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ParagonInput } from '../../src';
import { InputStory } from '../support/inputStories';

const input: ParagonInput = { id: 'notify', type: 'SWITCH', title: 'Notify watchers', defaultValue: true };
const filled: unknown = false;

const meta = { title: 'Inputs/SWITCH', component: InputStory, args: { input } } satisfies Meta<typeof InputStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { defaultValues: { [input.id]: filled } } };
export const Disabled: Story = { args: { defaultValues: { [input.id]: filled }, disabled: true } };
