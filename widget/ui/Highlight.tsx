import type { Highlighted } from '../search/types';

/** Text with the matched words marked. Rendered as text nodes: nothing here is parsed as HTML. */
export function Highlight({ parts }: { parts: Highlighted[] }) {
  return <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}
