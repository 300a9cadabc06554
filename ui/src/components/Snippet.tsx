// A search snippet with its matched words marked (offsets into the snippet's text; text nodes only).
export function Snippet({ text, highlights }: { text: string; highlights: [number, number][] }) {
  const parts: (string | preact.JSX.Element)[] = [];
  let at = 0;
  for (const [s, e] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (s < at || e <= s || e > text.length) continue;
    parts.push(text.slice(at, s), <mark key={s}>{text.slice(s, e)}</mark>);
    at = e;
  }
  parts.push(text.slice(at));
  return <p class="snippet">{parts}</p>;
}
