import { useState } from 'react';
import { ActionForm, ActionKitProvider, type Parameters } from '../src';
import { ActionPicker } from './ActionPicker';
import { ConnectPanel, type Connection } from './ConnectPanel';
import { DEMO_BASE_URL } from './mockServer';

const MOCK: Connection = { projectId: 'demo-project', token: 'demo-token', baseUrl: DEMO_BASE_URL, mock: true };

/** A minimal workflow builder: pick an Action, configure it, watch the parameters, run it. */
export function App() {
  const [connection, setConnection] = useState<Connection>(MOCK);
  const [selected, setSelected] = useState('SALESFORCE_CREATE_RECORD');
  const [parameters, setParameters] = useState<Parameters>({});
  const [result, setResult] = useState<unknown>(undefined);
  return (
    <ActionKitProvider key={`${connection.projectId}|${connection.baseUrl}`} projectId={connection.projectId} token={connection.token} baseUrl={connection.baseUrl}>
      <div className="demo">
        <header className="demo__header">
          <h1>Workflow builder</h1>
          <span className="demo__badge">{connection.mock ? 'Mock ActionKit' : `Project ${connection.projectId}`}</span>
          <ConnectPanel connection={connection} onConnect={setConnection} onUseMock={() => setConnection(MOCK)} />
        </header>
        <main className="demo__main">
          <nav className="demo__picker" aria-label="Actions">
            <ActionPicker selected={selected} onSelect={(name) => { setSelected(name); setParameters({}); setResult(undefined); }} />
          </nav>
          <section className="demo__step" aria-labelledby="step-title">
            <h2 id="step-title">Configure step</h2>
            <ActionForm key={selected} action={selected} onChange={setParameters} onSuccess={(r) => setResult(r)} />
          </section>
          <aside className="demo__inspector" aria-label="Step output">
            <h2>Parameters</h2>
            <pre data-testid="parameters">{JSON.stringify(parameters, null, 2)}</pre>
            <h2>Last run</h2>
            <pre>{result === undefined ? 'Not run yet.' : JSON.stringify(result, null, 2)}</pre>
          </aside>
        </main>
      </div>
    </ActionKitProvider>
  );
}
