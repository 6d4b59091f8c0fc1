import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ParagonInput } from '../../src';
import { InputStory } from '../support/inputStories';

const input: ParagonInput = { id: 'optOut', type: 'BOOLEAN_INPUT', title: 'Email opt out' };
const filled: unknown = true;

const meta = { title: 'Inputs/BOOLEAN_INPUT', component: InputStory, args: { input } } satisfies Meta<typeof InputStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { defaultValues: { [input.id]: filled } } };
export const Disabled: Story = { args: { defaultValues: { [input.id]: filled }, disabled: true } };
