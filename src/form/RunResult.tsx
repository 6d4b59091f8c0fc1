function format(result: unknown): string {
  if (result === null || result === undefined) return 'No content';
  if (typeof result === 'string') return result;
  try {
    return JSON.stringify(result, null, 2);
  } catch {
    return String(result);
  }
}

/** What a successful Run returned, as collapsible JSON. */
export function RunResult({ result }: { result: unknown }) {
  return (
    <div className="akf-result">
      <p className="akf-result__title">Action ran successfully.</p>
      <details className="akf-result__details" open>
        <summary>Result</summary>
        <pre className="akf-result__json">{format(result)}</pre>
      </details>
    </div>
  );
}
