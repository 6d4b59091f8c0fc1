import { useCoreMessages } from '../hooks/FormSettingsContext';

const TRAILING_URL = /^(.*?)\s*\((https?:\/\/[^\s()]+)\)\s*$/;

/** Helper text; a trailing `(https://…)` becomes a "Learn more" link, as in Paragon's editor. */
export function Subtitle({ id, text }: { id: string; text: string }) {
  const match = TRAILING_URL.exec(text);
  return (
    <p id={id} className="akf-field__description">
      {match ? match[1] : text}
      {match && (
        <>
          {' '}
          <LearnMore href={match[2]} />
        </>
      )}
    </p>
  );
}

/** The link of a subtitle's URL; a component, since `Subtitle` is called as a plain function. */
function LearnMore({ href }: { href: string }) {
  const m = useCoreMessages();
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {m.learnMore}<span className="akf-visually-hidden">{m.opensInNewTab}</span>
    </a>
  );
}
