import { prettyJson } from './log-format';

interface JsonBlockProps {
  readonly title: string;
  readonly value: unknown;
}

/**
 * Pretty-printed JSON as a text node in a <pre>: payloads are untrusted (imported logs), so they
 * are never parsed as HTML; `<img onerror=...>` shows up as the characters it is.
 */
export function JsonBlock({ title, value }: JsonBlockProps) {
  return (
    <section className="log-detail__section" aria-label={title}>
      <h4 className="log-detail__heading">{title}</h4>
      <pre className="log-detail__json">{prettyJson(value)}</pre>
    </section>
  );
}
