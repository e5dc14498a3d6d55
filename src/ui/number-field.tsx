// A labelled number input (extrusion length, fan speed, recording bounds): the label's words, the input, its unit.
interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  disabled?: boolean;
  /** Words after the input ("hours", "MB"). */
  unit?: string;
  onChange: (value: number) => void;
}

export function NumberField({ label, value, min, max, step, disabled, unit, onChange }: Props) {
  return (
    <label>
      {label}{' '}
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      {unit ? ` ${unit}` : null}
    </label>
  );
}
