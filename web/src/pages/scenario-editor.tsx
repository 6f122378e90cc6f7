/** Edits a decision scenario: pressures, options and their actions with CAMEO and target pickers. */
import type { Action, Scenario } from "../types.ts";

export interface Pickers {
  cameo: Array<{ code: string; description: string; goldstein: number }>;
  targets: Array<{ code: string; name: string }>;
}

const PRESSURES = [
  "sanctions",
  "military_threat",
  "economic_crisis",
  "domestic_unrest",
  "isolation",
];

export function PickerLists({ pickers }: { pickers: Pickers }) {
  return (
    <>
      <datalist id="cameo-codes">
        {pickers.cameo.map((c) => (
          <option key={c.code} value={c.code}>
            {c.code} {c.description} ({c.goldstein})
          </option>
        ))}
      </datalist>
      <datalist id="target-codes">
        {pickers.targets.map((t) => (
          <option key={t.code} value={t.code}>
            {t.name}
          </option>
        ))}
      </datalist>
    </>
  );
}

export function ScenarioEditor({
  scenario,
  pickers,
  onChange,
}: {
  scenario: Scenario;
  pickers: Pickers;
  onChange: (s: Scenario) => void;
}) {
  const cameo = new Map(pickers.cameo.map((c) => [c.code, c]));
  const targets = new Map(pickers.targets.map((t) => [t.code, t.name]));
  const setOption = (i: number, patch: Partial<Scenario["options"][number]>) =>
    onChange({
      ...scenario,
      options: scenario.options.map((o, j) => (j === i ? { ...o, ...patch } : o)),
    });
  const setAction = (i: number, k: number, patch: Partial<Action>) =>
    setOption(i, {
      actions: scenario.options[i]!.actions.map((a, j) => (j === k ? { ...a, ...patch } : a)),
    });

  return (
    <div class="editor">
      <PickerLists pickers={pickers} />
      <fieldset>
        <legend>Pressures (0 = none, 1 = extreme)</legend>
        <div class="row">
          {PRESSURES.map((p) => (
            <label key={p} class="field">
              <span>
                {p.replace("_", " ")}: {(scenario.pressures[p] ?? 0).toFixed(2)}
              </span>
              <input
                type="range"
                min={0}
                max={1}
                step={0.05}
                value={scenario.pressures[p] ?? 0}
                onInput={(e) =>
                  onChange({
                    ...scenario,
                    pressures: {
                      ...scenario.pressures,
                      [p]: Number((e.target as HTMLInputElement).value),
                    },
                  })
                }
              />
            </label>
          ))}
        </div>
      </fieldset>
      {scenario.options.map((o, i) => (
        <fieldset key={o.id} class="option">
          <legend>Option {o.id}</legend>
          <label class="field wide">
            <span>Label</span>
            <input
              value={o.label}
              onInput={(e) => setOption(i, { label: (e.target as HTMLInputElement).value })}
            />
          </label>
          {o.actions.map((a, k) => (
            <div class="row action" key={k}>
              <label class="field">
                <span>Target</span>
                <input
                  list="target-codes"
                  value={a.target}
                  size={8}
                  onInput={(e) =>
                    setAction(i, k, { target: (e.target as HTMLInputElement).value.toUpperCase() })
                  }
                />
              </label>
              <label class="field">
                <span>CAMEO code</span>
                <input
                  list="cameo-codes"
                  value={a.code}
                  size={6}
                  inputMode="numeric"
                  onInput={(e) =>
                    setAction(i, k, { code: (e.target as HTMLInputElement).value.trim() })
                  }
                />
              </label>
              <span class="muted action-desc">
                {cameo.get(a.code)?.description ?? "unknown code"} →{" "}
                {targets.get(a.target) ?? a.target}
              </span>
              <button
                type="button"
                class="small"
                aria-label={`Remove action ${k + 1} of option ${o.id}`}
                onClick={() => setOption(i, { actions: o.actions.filter((_, j) => j !== k) })}
              >
                Remove
              </button>
            </div>
          ))}
          <div class="row">
            <button
              type="button"
              class="small"
              onClick={() =>
                setOption(i, {
                  actions: [
                    ...o.actions,
                    { target: scenario.counterparts[0] ?? "USA", code: "036" },
                  ],
                })
              }
            >
              Add action
            </button>
            <button
              type="button"
              class="small"
              disabled={scenario.options.length <= 2}
              onClick={() =>
                onChange({ ...scenario, options: scenario.options.filter((_, j) => j !== i) })
              }
            >
              Remove option
            </button>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        class="small"
        onClick={() => {
          let n = scenario.options.length + 1;
          while (scenario.options.some((o) => o.id === `option_${n}`)) n++;
          onChange({
            ...scenario,
            options: [
              ...scenario.options,
              {
                id: `option_${n}`,
                label: "New option",
                actions: [{ target: scenario.counterparts[0] ?? "USA", code: "036" }],
              },
            ],
          });
        }}
      >
        Add option
      </button>
    </div>
  );
}
