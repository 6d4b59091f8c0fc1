import { useMemo, useState } from 'react';
import { ActionForm, ActionKitProvider, type Parameters } from '../src';
import { ActionPicker } from './ActionPicker';
import { ConnectPanel, type Connection } from './ConnectPanel';
import { DEMO_BASE_URL, DEMO_OPTIONS_BASE_URL, MOCK_MODES, setMockMode, type MockMode } from './mockServer';
import { SAMPLE_VARIABLES } from './sampleVariables';
import { SavedConfig } from './SavedConfig';
import { TriggerPicker } from './TriggerPicker';
import { TriggerStep, type TriggerSelection } from './TriggerStep';
import type { DemoVariable } from './triggerVariables';
import { VariablesPanel } from './VariablesPanel';

const MOCK: Connection = { projectId: 'demo-project', token: 'demo-token', baseUrl: DEMO_BASE_URL, optionsBaseUrl: DEMO_OPTIONS_BASE_URL, mock: true };

/** A minimal workflow builder: a trigger (subscribe, edit, unsubscribe, example payload), then an Action to configure and run. */
export function App() {
  const [connection, setConnection] = useState<Connection>(MOCK);
  const [mode, setMode] = useState<MockMode>('normal');
  const [selected, setSelected] = useState('SALESFORCE_CREATE_RECORD');
  const [parameters, setParameters] = useState<Parameters>({});
  const [saved, setSaved] = useState<{ values?: Parameters; version: number }>({ version: 0 });
  const [result, setResult] = useState<unknown>(undefined);
  const [trigger, setTrigger] = useState<TriggerSelection>({});
  // the trigger's example fields, offered to the action step ahead of the sample step outputs and settings
  const [variables, setVariables] = useState<DemoVariable[]>([]);
  const stepVariables = useMemo(() => [...variables, ...SAMPLE_VARIABLES], [variables]);
  const selectTrigger = (next: TriggerSelection) => {
    if (next.type !== trigger.type) setVariables([]);
    setTrigger(next);
  };
  const select = (name: string) => {
    setSelected(name);
    setParameters({});
    setSaved((s) => ({ version: s.version + 1 }));
    setResult(undefined);
  };
  return (
    <ActionKitProvider key={`${connection.projectId}|${connection.baseUrl}|${mode}`} projectId={connection.projectId} token={connection.token} baseUrl={connection.baseUrl} optionsBaseUrl={connection.optionsBaseUrl}>
      <div className="demo">
        <header className="demo__header">
          <h1>Workflow builder</h1>
          <span className="demo__badge">{connection.mock ? 'Mock ActionKit' : `Project ${connection.projectId}`}</span>
          {/* a new mode starts a fresh session (new cache), so its effect shows at once */}
          {connection.mock && (
            <label className="demo__mode">
              Mock behaviour
              <select
                value={mode}
                onChange={(e) => {
                  const next = e.target.value as MockMode;
                  setMockMode(next);
                  setMode(next);
                }}
              >
                {MOCK_MODES.map((m) => (
                  <option key={m.mode} value={m.mode}>{m.label}</option>
                ))}
              </select>
            </label>
          )}
          <ConnectPanel connection={connection} onConnect={setConnection} onUseMock={() => setConnection(MOCK)} />
        </header>
        <main className="demo__main">
          <div className="demo__pickers">
            <nav className="demo__picker" aria-label="Triggers">
              <h2>Trigger</h2>
              <TriggerPicker selected={trigger.type} onSelect={(type) => selectTrigger({ type })} />
            </nav>
            <nav className="demo__picker" aria-label="Actions">
              <h2>Action</h2>
              <ActionPicker selected={selected} onSelect={select} />
            </nav>
          </div>
          <div className="demo__steps">
            <TriggerStep selection={trigger} onSelection={selectTrigger} onVariables={setVariables} />
            <section className="demo__step" aria-labelledby="step-title">
              <h2 id="step-title">2. Then: configure step</h2>
              <ActionForm
                key={`${selected}#${saved.version}`}
                action={selected}
                defaultValues={saved.values}
                onChange={setParameters}
                onSuccess={(r) => setResult(r)}
                variables={stepVariables}
              />
              <VariablesPanel variables={stepVariables} fromTrigger={variables.length > 0} />
            </section>
          </div>
          <aside className="demo__inspector" aria-label="Step output">
            <h2>Parameters</h2>
            <pre data-testid="parameters">{JSON.stringify(parameters, null, 2)}</pre>
            <SavedConfig current={parameters} onRestore={(values) => setSaved((s) => ({ values, version: s.version + 1 }))} />
            <h2>Last run</h2>
            <pre data-testid="last-run">{result === undefined ? 'Not run yet.' : JSON.stringify(result, null, 2)}</pre>
          </aside>
        </main>
      </div>
    </ActionKitProvider>
  );
}
