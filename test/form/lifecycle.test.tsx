import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ActionForm, type ActionFormHandle, type InputProps, type ParagonAction, type Parameters } from '../../src';
import { action } from '../fixtures';
import { MOCK_BASE_URL } from '../msw/actionKitHandlers';
import { renderWithProvider, testQueryClient } from '../support/render';
import { setupMockActionKit } from '../support/server';

const mock = setupMockActionKit();
const LIST = `${MOCK_BASE_URL}/projects/:p/actions`;
const TOOLS = `${MOCK_BASE_URL}/projects/:p/tools`;

type User = ReturnType<typeof userEvent.setup>;

async function choose(user: User, field: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
}

const note: ParagonAction = {
  name: 'ACME_SEND_NOTE',
  title: 'Send note',
  inputs: [
    { id: 'subject', type: 'TEXT', title: 'Subject', required: true },
    { id: 'body', type: 'TEXTAREA', title: 'Body', lines: 4 },
  ],
};

/** SALESFORCE_CREATE_RECORD with one more custom field in the Task branch (what `reload_fields` may bring). */
function salesforceWithCustomField(): ParagonAction {
  const next = structuredClone(action('SALESFORCE_CREATE_RECORD'));
  const task = (next.inputs?.[0].values ?? []).find((v) => typeof v === 'object' && v !== null && 'value' in v && v.value === 'Task');
  (task as { dependentInputs: unknown[] }).dependentInputs.push({ id: 'field-Region__c', type: 'TEXT', title: 'Region' });
  return next;
}

const serveList = (...actions: ParagonAction[]) => mock.server.use(http.get(LIST, () => HttpResponse.json({ actions: { salesforce: actions }, errors: [] })));

/** A Run endpoint that holds every answer until `release()`. */
function holdRuns() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const bodies: unknown[] = [];
  mock.server.use(
    http.post(TOOLS, async ({ request }) => {
      bodies.push(await request.json());
      await gate;
      return HttpResponse.json({ ok: true });
    }),
  );
  return { bodies, release };
}

afterEach(() => vi.restoreAllMocks());

describe('identity is the Action name', () => {
  test('a host that builds the schema inline and keeps onChange parameters in state keeps typed text and focus, without a loop', async () => {
    const user = userEvent.setup();
    let calls = 0;
    function Host() {
      const [parameters, setParameters] = useState<Parameters>({});
      return (
        <>
          <ActionForm
            schema={{ name: 'ACME_SEND_NOTE', title: 'Send note', inputs: [{ id: 'subject', type: 'TEXT', title: 'Subject' }, { id: 'body', type: 'TEXTAREA', title: 'Body', lines: 4 }] }}
            integration="acme"
            onChange={(p) => {
              calls++;
              setParameters(p);
            }}
          />
          <output aria-label="Host state">{JSON.stringify(parameters)}</output>
        </>
      );
    }
    renderWithProvider(<Host />);
    const subject = screen.getByRole('textbox', { name: 'Subject' });
    await user.type(subject, 'Hello');
    expect(screen.getByRole('textbox', { name: 'Subject' })).toBe(subject); // the same element: never remounted
    expect(subject).toHaveValue('Hello');
    expect(subject).toHaveFocus();
    expect(screen.getByRole('status', { name: 'Host state' })).toHaveTextContent('{"subject":"Hello"}');
    expect(calls).toBeLessThanOrEqual('Hello'.length + 2); // once or twice on mount, then once per keystroke
  });

  test('a refetch that adds a custom field updates in place and keeps every value, branch choices included', async () => {
    const user = userEvent.setup();
    const queryClient = testQueryClient();
    const onChange = vi.fn();
    renderWithProvider(<ActionForm action="SALESFORCE_CREATE_RECORD" onChange={onChange} />, { queryClient });
    await screen.findByRole('combobox', { name: 'Record type' });
    await choose(user, 'Record type', 'Task');
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Follow up');
    await choose(user, 'Task Subtype', 'Call');
    await choose(user, 'Call Type', 'Outbound');
    const subject = screen.getByRole('textbox', { name: 'Subject' });

    serveList(salesforceWithCustomField());
    await act(() => queryClient.invalidateQueries());
    expect(await screen.findByRole('textbox', { name: 'Region' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Subject' })).toBe(subject);
    expect(subject).toHaveValue('Follow up');
    expect(screen.getByRole('combobox', { name: 'Record type' })).toHaveTextContent('Task');
    expect(screen.getByRole('combobox', { name: 'Task Subtype' })).toHaveTextContent('Call');
    expect(screen.getByRole('combobox', { name: 'Call Type' })).toHaveTextContent('Outbound');
    expect(onChange).toHaveBeenLastCalledWith({ recordType: 'Task', 'field-Subject': 'Follow up', 'field-TaskSubtype': 'Call', 'field-CallType': 'Outbound' });

    await user.type(screen.getByRole('textbox', { name: 'Region' }), 'EMEA');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await screen.findByText('Action ran successfully.');
    expect(mock.runs[0].parameters).toEqual({ recordType: 'Task', 'field-Subject': 'Follow up', 'field-TaskSubtype': 'Call', 'field-CallType': 'Outbound', 'field-Region__c': 'EMEA' });
  }, 30_000); // many interactions; the machine is shared

  test('a new schema object with the same name keeps values whose input id still exists', async () => {
    const user = userEvent.setup();
    const { rerender } = renderWithProvider(<ActionForm schema={note} integration="acme" />);
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Kept');
    await user.type(screen.getByRole('textbox', { name: 'Body' }), 'Dropped with its input');
    const next: ParagonAction = { ...note, inputs: [note.inputs![0], { id: 'priority', type: 'TEXT', title: 'Priority' }] };
    const onChange = vi.fn();
    rerender(<ActionForm schema={next} integration="acme" onChange={onChange} />);
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Kept');
    expect(screen.getByRole('textbox', { name: 'Priority' })).toHaveValue('');
    expect(screen.queryByRole('textbox', { name: 'Body' })).toBeNull();
    // both the kept and the new field still report edits
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), '!');
    await user.type(screen.getByRole('textbox', { name: 'Priority' }), 'High');
    expect(onChange).toHaveBeenLastCalledWith({ subject: 'Kept!', priority: 'High' });
  });

  test('a different name starts a fresh form', async () => {
    const user = userEvent.setup();
    const ref = createRef<ActionFormHandle>();
    const { rerender } = renderWithProvider(<ActionForm ref={ref} schema={note} integration="acme" />);
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Old note');
    rerender(<ActionForm ref={ref} schema={{ ...note, name: 'ACME_SEND_MEMO', title: 'Send memo' }} integration="acme" />);
    expect(screen.getByRole('form', { name: 'Send memo' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('');
    expect(ref.current?.getParameters()).toEqual({});
  });

  test('a remount or an update while a Run is in flight keeps Run disabled and sends one request', async () => {
    const user = userEvent.setup();
    const runs = holdRuns();
    const ref = createRef<ActionFormHandle>();
    const { rerender } = renderWithProvider(<ActionForm key="a" ref={ref} schema={note} integration="acme" defaultValues={{ subject: 'Once' }} />);
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await waitFor(() => expect(runs.bodies).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Run action' })).toBeDisabled();

    rerender(<ActionForm key="b" ref={ref} schema={note} integration="acme" defaultValues={{ subject: 'Once' }} />); // remounted by the host
    expect(screen.getByRole('button', { name: 'Run action' })).toBeDisabled();
    rerender(<ActionForm key="b" ref={ref} schema={{ ...note, inputs: [...note.inputs!] }} integration="acme" defaultValues={{ subject: 'Once' }} />); // updated in place
    expect(screen.getByRole('button', { name: 'Run action' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await act(() => ref.current!.submit());

    runs.release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Run action' })).toBeEnabled());
    expect(runs.bodies).toHaveLength(1);
  });
});

describe('the handle and Reload fields', () => {
  test('getParameters() returns the current flat parameters without onChange', async () => {
    const user = userEvent.setup();
    const ref = createRef<ActionFormHandle>();
    renderWithProvider(<ActionForm ref={ref} action="SALESFORCE_CREATE_RECORD" />);
    await screen.findByRole('combobox', { name: 'Record type' });
    expect(ref.current?.getParameters()).toEqual({});
    await choose(user, 'Record type', 'Task');
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Call back');
    expect(ref.current?.getParameters()).toEqual({ recordType: 'Task', 'field-Subject': 'Call back' });
    expect(mock.runs).toHaveLength(0);
  });

  test('reset() restores the initial values, and what is typed afterwards is sent', async () => {
    const user = userEvent.setup();
    const ref = createRef<ActionFormHandle>();
    renderWithProvider(<ActionForm ref={ref} schema={note} integration="acme" defaultValues={{ subject: 'Saved' }} />);
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), ' draft');
    await user.type(screen.getByRole('textbox', { name: 'Body' }), 'Scratch');
    act(() => ref.current!.reset());
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Saved');
    expect(screen.getByRole('textbox', { name: 'Body' })).toHaveValue('');
    await user.type(screen.getByRole('textbox', { name: 'Body' }), 'Fresh');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await screen.findByText('Action ran successfully.');
    expect(mock.runs[0].parameters).toEqual({ subject: 'Saved', body: 'Fresh' });
  });

  test('reload() asks for reload_fields=true, shows the new field and keeps typed values', async () => {
    const user = userEvent.setup();
    const ref = createRef<ActionFormHandle>();
    renderWithProvider(<ActionForm ref={ref} action="SALESFORCE_CREATE_RECORD" />);
    await screen.findByRole('combobox', { name: 'Record type' });
    await choose(user, 'Record type', 'Task');
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Follow up');
    const urls: URL[] = [];
    mock.server.use(
      http.get(LIST, ({ request }) => {
        urls.push(new URL(request.url));
        return HttpResponse.json({ actions: { salesforce: [salesforceWithCustomField()] }, errors: [] });
      }),
    );
    await act(() => ref.current!.reload());
    expect(urls).toHaveLength(1);
    expect(urls[0].searchParams.get('reload_fields')).toBe('true');
    expect(await screen.findByRole('textbox', { name: 'Region' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Follow up');
    expect(ref.current?.getParameters()).toEqual({ recordType: 'Task', 'field-Subject': 'Follow up' });
  });

  test('a loaded form offers a visible "Reload fields" button that reloads with reload_fields=true; hideReload hides it', async () => {
    const user = userEvent.setup();
    const { rerender } = renderWithProvider(<ActionForm action="ZENDESK_SEARCH_TICKETS" />);
    const button = await screen.findByRole('button', { name: 'Reload fields' });
    expect(button).toBeVisible();
    await user.click(button);
    await waitFor(() => expect(mock.lists.some((url) => url.searchParams.get('reload_fields') === 'true')).toBe(true));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Reload fields' })).toBeEnabled());
    rerender(<ActionForm action="ZENDESK_SEARCH_TICKETS" hideReload />);
    expect(screen.getByRole('form', { name: 'Search Tickets' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reload fields' })).toBeNull();
  });
});

describe('host callbacks', () => {
  test('onChange given after mount receives the whole parameters, then after each edit', async () => {
    const user = userEvent.setup();
    const { rerender } = renderWithProvider(<ActionForm schema={note} integration="acme" />);
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Hi');
    await user.type(screen.getByRole('textbox', { name: 'Body' }), 'There');
    const onChange = vi.fn();
    rerender(<ActionForm schema={note} integration="acme" onChange={onChange} />);
    expect(onChange).toHaveBeenLastCalledWith({ subject: 'Hi', body: 'There' });
    await user.type(screen.getByRole('textbox', { name: 'Body' }), '!');
    expect(onChange).toHaveBeenLastCalledWith({ subject: 'Hi', body: 'There!' });
    const replaced = vi.fn();
    rerender(<ActionForm schema={note} integration="acme" onChange={replaced} />);
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), '?');
    expect(replaced).toHaveBeenLastCalledWith({ subject: 'Hi?', body: 'There!' });
    for (const [parameters] of [...onChange.mock.calls, ...replaced.mock.calls]) expect(Object.keys(parameters)).toEqual(['subject', 'body']);
  });

  test('parameters list their keys in schema order whatever order the user filled the fields in', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const ref = createRef<ActionFormHandle>();
    renderWithProvider(<ActionForm ref={ref} schema={note} integration="acme" onChange={onChange} />);
    await user.type(screen.getByRole('textbox', { name: 'Body' }), 'There');
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Hi');
    expect(onChange).toHaveBeenLastCalledWith({ subject: 'Hi', body: 'There' });
    // a host comparing JSON text (a dirty check, a saved step) sees the same text for the same values
    expect(JSON.stringify(onChange.mock.lastCall?.[0])).toBe('{"subject":"Hi","body":"There"}');
    expect(JSON.stringify(ref.current?.getParameters())).toBe('{"subject":"Hi","body":"There"}');
  });

  test('a throwing onSuccess is reported with console.error and the Run still counts as a success', async () => {
    const user = userEvent.setup();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onSuccess = vi.fn(() => {
      throw new Error('host bug in onSuccess');
    });
    renderWithProvider(<ActionForm schema={note} integration="acme" onSuccess={onSuccess} />);
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'First');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Action ran successfully.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(consoleError).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: 'host bug in onSuccess' }));
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), ' and second');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(2));
    expect(mock.runs.map((r) => r.parameters)).toEqual([{ subject: 'First' }, { subject: 'First and second' }]);
  });

  test('a throwing onChange is reported and typing keeps working', async () => {
    const user = userEvent.setup();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onChange = vi.fn(() => {
      throw new Error('host bug in onChange');
    });
    renderWithProvider(<ActionForm schema={note} integration="acme" onChange={onChange} />);
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Still typing');
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Still typing');
    expect(onChange).toHaveBeenLastCalledWith({ subject: 'Still typing' });
    expect(consoleError).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: 'host bug in onChange' }));
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    expect(await screen.findByText('Action ran successfully.')).toBeInTheDocument();
    expect(mock.runs[0].parameters).toEqual({ subject: 'Still typing' });
  });

  test('a throwing onError is reported; the failure alert shows and the next Run succeeds', async () => {
    const user = userEvent.setup();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    mock.server.use(http.post(TOOLS, () => HttpResponse.json({ message: 'Upstream down' }, { status: 500 }), { once: true }));
    const onError = vi.fn(() => {
      throw new Error('host bug in onError');
    });
    renderWithProvider(<ActionForm schema={note} integration="acme" onError={onError} />);
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Retry me');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Upstream down');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: 'host bug in onError' }));
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Retry me');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    expect(await screen.findByText('Action ran successfully.')).toBeInTheDocument();
    expect(mock.runs.map((r) => r.parameters)).toEqual([{ subject: 'Retry me' }]);
  });
});

describe('validation', () => {
  test('validate() moves focus to the first invalid field on the first call', async () => {
    const ref = createRef<ActionFormHandle>();
    const schema: ParagonAction = { ...note, inputs: [{ id: 'optional', type: 'TEXT', title: 'Optional' }, ...note.inputs!, { id: 'to', type: 'EMAIL', title: 'To', required: true }] };
    renderWithProvider(<ActionForm ref={ref} schema={schema} integration="acme" />);
    let valid: boolean | undefined;
    await act(async () => {
      valid = await ref.current!.validate();
    });
    expect(valid).toBe(false);
    const subject = screen.getByRole('textbox', { name: 'Subject' });
    expect(subject).toHaveFocus();
    expect(subject).toHaveAttribute('aria-invalid', 'true');
    expect(subject).toHaveAccessibleDescription('Subject is required');
    expect(screen.getByRole('textbox', { name: 'To' })).toHaveAccessibleDescription('To is required');
  });

  test('a hidden or read-only required input without a default does not block submit', async () => {
    const user = userEvent.setup();
    const schema: ParagonAction = {
      name: 'ACME_SYNC',
      title: 'Sync',
      inputs: [
        { id: 'name', type: 'TEXT', title: 'Name', required: true },
        { id: 'tenant', type: 'TEXT', title: 'Tenant', required: true, hidden: true },
        { id: 'region', type: 'TEXT', title: 'Region', required: true, readOnly: true },
      ],
    };
    renderWithProvider(<ActionForm schema={schema} integration="acme" />);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Nightly');
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    expect(await screen.findByText('Action ran successfully.')).toBeInTheDocument();
    expect(mock.runs[0].parameters).toEqual({ name: 'Nightly' });
    expect(screen.queryByText(/is required/)).toBeNull();
  });
});

/** A host ENUM control that cannot show "Task" (a host bug), as a native select. */
function PickyEnum({ ids, groups, value, onChange, describedBy }: InputProps<unknown>) {
  if (value === 'Task') throw new Error('Task is not supported by this picker');
  return (
    <select id={ids.control} aria-labelledby={ids.label} aria-describedby={describedBy} value={value == null ? '' : String(value)} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">Choose…</option>
      {groups.flatMap((g) => g.options).map((o) => (
        <option key={String(o.value)} value={String(o.value)}>{o.label}</option>
      ))}
    </select>
  );
}

describe('error boundaries', () => {
  test('a throwing host control shows its message while its dependents and siblings work, and recovers when its value changes', async () => {
    const user = userEvent.setup();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ref = createRef<ActionFormHandle>();
    renderWithProvider(<ActionForm ref={ref} action="SALESFORCE_CREATE_RECORD" components={{ ENUM: PickyEnum }} />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Record type' }), 'Task');
    expect(screen.getByText(/Record type could not be shown/)).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalled();
    // its dependents (the Task branch) are outside its boundary and keep working
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Still works');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Task Subtype' }), 'Email');
    expect(ref.current?.getParameters()).toEqual({ recordType: 'Task', 'field-Subject': 'Still works', 'field-TaskSubtype': 'Email' });
    await user.click(screen.getByRole('button', { name: 'Run action' }));
    await screen.findByText('Action ran successfully.');
    expect(mock.runs[0].parameters).toEqual({ recordType: 'Task', 'field-Subject': 'Still works', 'field-TaskSubtype': 'Email' });

    act(() => ref.current!.reset()); // a new value: the control is tried again
    expect(screen.queryByText(/could not be shown/)).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Record type' })).toHaveValue('');
  });

  test('a throwing host control recovers when its input schema changes', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Swatches({ input, ids }: InputProps<unknown>) {
      if (!Array.isArray(input.values)) throw new Error('Swatches need values');
      return <div role="radiogroup" aria-labelledby={ids.label}>{input.values.map((v) => <span key={String(v)} role="radio" aria-checked="false">{String(v)}</span>)}</div>;
    }
    const broken: ParagonAction = { name: 'ACME_PAINT', title: 'Paint', inputs: [{ id: 'color', type: 'SWATCH', title: 'Color' }, { id: 'label', type: 'TEXT', title: 'Label' }] };
    const user = userEvent.setup();
    const { rerender } = renderWithProvider(<ActionForm schema={broken} integration="acme" components={{ SWATCH: Swatches }} />);
    expect(screen.getByText(/Color could not be shown/)).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: 'Label' }), 'Sibling');
    const fixed: ParagonAction = { ...broken, inputs: [{ id: 'color', type: 'SWATCH', title: 'Color', values: ['red', 'blue'] }, broken.inputs![1]] };
    rerender(<ActionForm schema={fixed} integration="acme" components={{ SWATCH: Swatches }} />);
    expect(screen.queryByText(/could not be shown/)).toBeNull();
    expect(within(screen.getByRole('radiogroup', { name: 'Color' })).getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Label' })).toHaveValue('Sibling');
  });

  test("the form's boundary recovers when schema or action changes", async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    // a schema object that throws when read: nothing inside the form can contain it
    const exploding = { name: 'ACME_BROKEN', title: 'Broken', get inputs(): never { throw new Error('schema getter exploded'); } } as ParagonAction;
    const { rerender } = renderWithProvider(<ActionForm schema={exploding} integration="acme" />);
    expect(screen.getByText(/could not be shown: schema getter exploded/)).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalled();
    rerender(<ActionForm schema={note} integration="acme" />);
    expect(screen.getByRole('textbox', { name: 'Subject' })).toBeInTheDocument();
    expect(screen.queryByText(/could not be shown/)).toBeNull();

    rerender(<ActionForm schema={exploding} integration="acme" />);
    expect(screen.getByText(/could not be shown: schema getter exploded/)).toBeInTheDocument();
    rerender(<ActionForm action="ZENDESK_SEARCH_TICKETS" />);
    expect(await screen.findByRole('form', { name: 'Search Tickets' })).toBeInTheDocument();
    expect(screen.queryByText(/could not be shown/)).toBeNull();
  });
});
