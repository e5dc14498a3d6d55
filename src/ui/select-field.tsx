// A labelled drop-down of fixed choices (sort, filter, span, theme): the label's words, then the select.
export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  className?: string;
}

export function SelectField<T extends string>({ label, value, choices, onChange, className }: Props<T>) {
  return (
    <label className={className}>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
