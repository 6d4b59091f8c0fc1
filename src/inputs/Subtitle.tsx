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
          <a href={match[2]} target="_blank" rel="noreferrer noopener">
            Learn more<span className="akf-visually-hidden"> (opens in a new tab)</span>
          </a>
        </>
      )}
    </p>
  );
}
