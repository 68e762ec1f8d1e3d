import { useMemo } from 'react';
import type { ComponentNodeData } from '../../state/graph/canvas-node';
import { useEventfoldStore } from '../../state/store';
import { CheckboxField, SelectField, TextField } from './ChoiceFields';
import { type ConfigField, describeConfig, patchAt, valueAt } from './config-fields';
import { configFieldHint } from './config-labels';
import { NumberField } from './NumberField';
import { PercentField } from './PercentField';

interface ConfigSectionProps {
  nodeId: string;
  data: ComponentNodeData;
  /** Top-level keys the running engine could not change live: they apply after Reset. */
  deferredSettings: readonly string[];
}

/** The kind's configuration as a form generated from its schema; each valid edit applies live. */
export function ConfigSection({ nodeId, data, deferredSettings }: ConfigSectionProps) {
  const fields = useMemo(() => describeConfig(data.kind), [data.kind]);
  const updateConfig = useEventfoldStore((state) => state.updateComponentConfig);

  /** Applies one field's value; returns the schema's objection to it (or the first), or null. */
  const commit = (path: string, value: unknown): string | null => {
    const result = updateConfig(nodeId, patchAt(data.config, path, value));
    if (result.ok) return null;
    const issue = result.issues.find((candidate) => candidate.path === path) ?? result.issues[0];
    return issue?.message ?? 'Not a valid value';
  };
  const hintFor = (field: ConfigField) =>
    deferredSettings.includes(field.path.split('.')[0] ?? '')
      ? 'applies after Reset'
      : configFieldHint(data.kind, field.path);

  const render = (field: ConfigField) => {
    const value = valueAt(data.config, field.path);
    const common = { label: field.label, hint: hintFor(field) };
    switch (field.type) {
      case 'number':
        return (
          <NumberField
            key={field.path}
            {...common}
            value={typeof value === 'number' ? value : null}
            min={field.min}
            max={field.max}
            integer={field.integer}
            onCommit={(next) => commit(field.path, next)}
          />
        );
      case 'percent':
        return (
          <PercentField
            key={field.path}
            {...common}
            hint={common.hint ?? '0 to 100 %'}
            fraction={typeof value === 'number' ? value : 0}
            onCommit={(next) => commit(field.path, next)}
          />
        );
      case 'enum':
        return (
          <SelectField
            key={field.path}
            {...common}
            value={value === undefined ? (field.options[0] ?? '') : String(value)}
            options={field.options}
            onCommit={(next) => commit(field.path, next)}
          />
        );
      case 'boolean':
        return (
          <CheckboxField
            key={field.path}
            {...common}
            value={value === true}
            onCommit={(next) => commit(field.path, next)}
          />
        );
      case 'text':
        return (
          <TextField
            key={field.path}
            {...common}
            value={typeof value === 'string' ? value : ''}
            maxLength={field.maxLength}
            onCommit={(next) => commit(field.path, next)}
          />
        );
      case 'group':
        return (
          <fieldset key={field.path} className="inspector-group">
            <legend className="inspector-group__legend">{field.label}</legend>
            {field.fields.map(render)}
          </fieldset>
        );
    }
  };

  return (
    <section className="inspector-section" aria-labelledby={`${nodeId}-config-title`}>
      <h3 id={`${nodeId}-config-title`} className="inspector-section__title">
        Configuration
      </h3>
      {fields.map(render)}
    </section>
  );
}
