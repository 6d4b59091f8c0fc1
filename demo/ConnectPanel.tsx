import { useState, type FormEvent } from 'react';

export interface Connection {
  projectId: string;
  token: string;
  baseUrl: string;
  /** Needed for dynamic options with a custom base URL (on-prem, proxy). */
  optionsBaseUrl?: string;
  mock: boolean;
}

/** Points the demo at a real ActionKit project. The token stays in memory only. */
export function ConnectPanel({ connection, onConnect, onUseMock }: { connection: Connection; onConnect: (c: Connection) => void; onUseMock: () => void }) {
  const [open, setOpen] = useState(false);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    onConnect({
      projectId: String(data.get('projectId')).trim(),
      token: String(data.get('token')).trim(),
      baseUrl: String(data.get('baseUrl')).trim() || 'https://actionkit.useparagon.com',
      optionsBaseUrl: String(data.get('optionsBaseUrl')).trim() || undefined,
      mock: false,
    });
    setOpen(false);
  };
  return (
    <details className="demo__connect" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Connect a project</summary>
      <form onSubmit={submit}>
        <label>Project id <input name="projectId" required defaultValue={connection.mock ? '' : connection.projectId} /></label>
        <label>Paragon User Token <input name="token" type="password" required autoComplete="off" /></label>
        <label>Base URL <input name="baseUrl" type="url" placeholder="https://actionkit.useparagon.com" /></label>
        <label>Options base URL <input name="optionsBaseUrl" type="url" placeholder="only with a custom base URL" /></label>
        <div className="demo__connect-actions">
          <button type="submit">Connect</button>
          {!connection.mock && <button type="button" onClick={onUseMock}>Back to the mock</button>}
        </div>
      </form>
    </details>
  );
}
