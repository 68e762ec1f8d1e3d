import type { ReactNode } from 'react';

/** A toolbar control with its label before it; the label wraps it, so it names the control. */
export function ToolbarField({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is `children`, inside the label.
    <label className="field">
      <span className="field__label">{label}</span>
      {children}
    </label>
  );
}
