import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ParagonInput } from '../../src';
import { InputStory, playInvalid } from '../support/inputStories';

const input: ParagonInput = { id: 'recordType', type: 'ENUM', title: 'Record type', values: [{ value: 'Lead', label: 'Lead', subtitle: 'A prospect' }, { value: 'Task', label: 'Task' }, { title: 'Custom', items: [{ value: 'Invoice__c', label: 'Invoice' }] }] };
const filled: unknown = 'Task';

const meta = { title: 'Inputs/ENUM', component: InputStory, args: { input } } satisfies Meta<typeof InputStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { defaultValues: { [input.id]: filled } } };
export const Invalid: Story = { args: { input: { ...input, required: true } }, play: playInvalid };
export const Disabled: Story = { args: { defaultValues: { [input.id]: filled }, disabled: true } };
