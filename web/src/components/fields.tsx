/** Labelled form controls (every control has a visible label, so the forms work by keyboard). */

export function TextField({
  label,
  value,
  onInput,
  name,
  type = "text",
  placeholder,
  maxLength,
  size,
  required,
}: {
  label: string;
  value: string;
  onInput: (v: string) => void;
  name?: string;
  type?: "text" | "search";
  placeholder?: string;
  maxLength?: number;
  size?: number;
  required?: boolean;
}) {
  return (
    <label class="field">
      <span>{label}</span>
      <input
        name={name}
        type={type as "text"}
        placeholder={placeholder}
        maxLength={maxLength}
        size={size}
        required={required}
        value={value}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
    </label>
  );
}

export function SelectField({
  label,
  value,
  options,
  onChange,
  name,
}: {
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  onChange: (v: string) => void;
  name?: string;
}) {
  return (
    <label class="field">
      <span>{label}</span>
      <select
        name={name}
        value={value}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
