import { useEventfoldStore } from '../../state/store';
import { TextField } from './ChoiceFields';

/** The component's name as shown on the canvas; each valid keystroke renames it. */
export function NameField({ nodeId, name }: { nodeId: string; name: string }) {
  const renameComponent = useEventfoldStore((state) => state.renameComponent);
  return (
    <TextField
      label="Name"
      value={name}
      maxLength={80}
      onCommit={(next) => renameComponent(nodeId, next)}
    />
  );
}
