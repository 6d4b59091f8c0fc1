import { useCoreMessages } from '../hooks';
import './problemsNotice.css';

/** Says which parts of a malformed schema were skipped or repaired, instead of failing silently. */
export function ProblemsNotice({ problems }: { problems: string[] }) {
  const m = useCoreMessages();
  if (!problems.length) return null;
  return (
    <div className="akf-notice" role="note">
      <p className="akf-notice__title">{m.problemsTitle}</p>
      <ul className="akf-notice__list">
        {problems.slice(0, 10).map((p, i) => (
          <li key={i}>{p}</li>
        ))}
        {problems.length > 10 && <li>{m.moreProblems(problems.length - 10)}</li>}
      </ul>
    </div>
  );
}
