import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ParagonInput } from '../../src';
import { InputStory, playInvalid } from '../support/inputStories';

const input: ParagonInput = { id: 'owner', type: 'EDITABLE_DYNAMIC_ENUM', title: 'Owner', valuesSource: { sourceType: 'owners', dependencies: [] } };
const filled: unknown = '005xx0000012345';

const meta = { title: 'Inputs/EDITABLE_DYNAMIC_ENUM', component: InputStory, args: { input } } satisfies Meta<typeof InputStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { defaultValues: { [input.id]: filled } } };
export const Invalid: Story = { args: { input: { ...input, required: true } }, play: playInvalid };
export const Disabled: Story = { args: { defaultValues: { [input.id]: filled }, disabled: true } };
