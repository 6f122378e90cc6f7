import { get } from "../api.ts";
import { useLoad } from "../hooks.ts";
import { SelectField } from "./fields.tsx";

/**
 * The doctrine picker the decision, backtest and briefing pages share: it loads the list of
 * doctrine files from the API itself. `none` adds a first entry with an empty value.
 */
export function DoctrineSelect({
  value,
  onChange,
  label = "Doctrine",
  none,
}: {
  value: string;
  onChange: (v: string) => void;
  label?: string;
  /** Label of an empty choice ("no doctrine"); omitted when not given. */
  none?: string;
}) {
  const list = useLoad<{ doctrines: Array<{ name: string }> }>("doctrines", (s) =>
    get("/api/doctrines", {}, s),
  );
  const names = list.data?.doctrines.map((d) => d.name) ?? (none ? [] : [value]);
  const options = names.map((n) => ({ value: n, label: n }));
  return (
    <SelectField
      label={label}
      value={value}
      onChange={onChange}
      options={none ? [{ value: "", label: none }, ...options] : options}
    />
  );
}
