// The one-line status a screen shows while its chunk or its data is on the way.
export function Boot({ text }: { text: string }) {
  return (
    <p className="boot" role="status">
      {text}
    </p>
  );
}
