import type { HttpHandler } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { ActionForm, type ParagonInput, type Parameters } from '../../src';
import { MockActionKit } from './MockActionKit';

export interface InputStoryProps {
  /** The schema input to render. */
  input: ParagonInput;
  /** Saved parameters (the "filled" state). */
  defaultValues?: Parameters;
  disabled?: boolean;
  /** Mock endpoints to override (e.g. a failing options source). */
  handlers?: HttpHandler[];
}

/** One input inside a real ActionForm (save mode), on the mock ActionKit. */
export function InputStory({ input, defaultValues, disabled, handlers }: InputStoryProps) {
  return (
    <MockActionKit handlers={handlers} latency={300}>
      <div style={{ maxWidth: 560 }}>
        <ActionForm
          schema={{ name: `STORY_${input.type}`, title: input.title, inputs: [input] }}
          integration="storybook"
          defaultValues={defaultValues}
          disabled={disabled}
          submitLabel="Validate"
          onSubmit={() => {}}
        />
      </div>
    </MockActionKit>
  );
}

/** Play function of the "Invalid" stories: submitting the empty required field shows its message. */
export async function playInvalid({ canvasElement, args }: { canvasElement: HTMLElement; args: InputStoryProps }) {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Validate' }));
  const { title, type } = args.input;
  const message = String(type).includes('CONDITIONAL') ? `${title} needs at least one complete condition` : `${title} is required`;
  await expect(await canvas.findByText(message)).toBeVisible();
}
