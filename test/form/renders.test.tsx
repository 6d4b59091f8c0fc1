import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, useState, type ProfilerOnRenderCallback } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { ActionForm, type InputProps, type ParagonAction } from '../../src';
import { renderWithProvider } from '../support/render';
import { setupMockActionKit } from '../support/server';

setupMockActionKit();

/** 50 text fields, 5 dropdowns and 5 switches, like the benchmark's wide form. */
const wide: ParagonAction = {
  name: 'WIDE',
  title: 'Wide',
  inputs: Array.from({ length: 60 }, (_, i) =>
    i % 12 === 5
      ? { id: `e${i}`, type: 'ENUM', title: `Enum ${i}`, values: ['a', 'b', 'c'] }
      : i % 12 === 11
        ? { id: `b${i}`, type: 'BOOLEAN_INPUT', title: `Flag ${i}` }
        : { id: `t${i}`, type: 'TEXT', title: `Text ${i}` },
  ),
};

/** Counts React commits and the time React spent rendering inside the form. */
function useCommits() {
  const commits: Array<{ phase: string; duration: number }> = [];
  const onRender: ProfilerOnRenderCallback = (_id, phase, actualDuration) => commits.push({ phase, duration: actualDuration });
  return { commits, onRender };
}

describe('render isolation (React Profiler)', { timeout: 30_000 }, () => {
  test('a keystroke in a built-in text field commits nothing: the field is uncontrolled, no other field renders', async () => {
    const user = userEvent.setup();
    const { commits, onRender } = useCommits();
    renderWithProvider(
      <Profiler id="form" onRender={onRender}>
        <ActionForm schema={wide} />
      </Profiler>,
    );
    const field = screen.getByRole('textbox', { name: 'Text 30' });
    await user.click(field);
    commits.length = 0;
    await user.keyboard('hello');
    expect(field).toHaveValue('hello');
    expect(commits).toEqual([]);
  });

  test('a keystroke in a controlled field renders that field only', async () => {
    const user = userEvent.setup();
    const renders = new Map<string, number>();
    // a host control through `components` is controlled: every keystroke renders it
    function CountingText(props: InputProps<string>) {
      renders.set(props.input.id, (renders.get(props.input.id) ?? 0) + 1);
      return <input id={props.ids.control} ref={props.inputRef} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value)} />;
    }
    renderWithProvider(<ActionForm schema={wide} components={{ TEXT: CountingText }} />);
    const field = screen.getByRole('textbox', { name: 'Text 30' });
    await user.click(field);
    renders.clear();
    await user.keyboard('abc');
    expect(field).toHaveValue('abc');
    expect([...renders.keys()]).toEqual(['t30']);
    expect(renders.get('t30')).toBe(3);
  });

  test('a host re-render with the same props renders no field', () => {
    const renders = new Map<string, number>();
    function CountingText(props: InputProps<string>) {
      renders.set(props.input.id, (renders.get(props.input.id) ?? 0) + 1);
      return <input id={props.ids.control} ref={props.inputRef} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value)} />;
    }
    const components = { TEXT: CountingText };
    let rerender: () => void = () => {};
    function Host() {
      const [n, setN] = useState(0);
      rerender = () => setN(n + 1);
      return (
        <div data-renders={n}>
          {/* inline handlers and an inline components map, as hosts write them */}
          <ActionForm schema={wide} components={{ ...components }} onChange={() => {}} submitLabel="Save step" />
        </div>
      );
    }
    renderWithProvider(<Host />);
    expect(renders.size).toBe(50);
    renders.clear();
    act(() => rerender());
    act(() => rerender());
    expect(screen.getByRole('button', { name: 'Save step' })).toBeInTheDocument();
    expect(renders.size).toBe(0);
  });
});

test('onChange is called once on mount, with the whole parameters', () => {
  const onChange = vi.fn();
  renderWithProvider(<ActionForm schema={wide} onChange={onChange} defaultValues={{ t0: 'a', t1: 'b' }} />);
  expect(onChange).toHaveBeenCalledTimes(1);
  expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ t0: 'a', t1: 'b' }));
});
