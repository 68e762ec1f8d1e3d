import { isSpeedSetting, speedSettings } from '../../state/run/speeds';
import { selectSpeed } from '../../state/selectors';
import { useEventfoldStore } from '../../state/store';
import { ToolbarField } from './ToolbarField';

/** The "Speed" select: how fast virtual time runs against the wall clock. */
export function SpeedSelect() {
  const speed = useEventfoldStore(selectSpeed);
  const setSpeed = useEventfoldStore((state) => state.setSpeed);

  return (
    <ToolbarField label="Speed">
      <select
        className="field__control"
        value={speed}
        onChange={(event) => {
          if (isSpeedSetting(event.target.value)) setSpeed(event.target.value);
        }}
      >
        {speedSettings.map((setting) => (
          <option key={setting.value} value={setting.value}>
            {setting.label}
          </option>
        ))}
      </select>
    </ToolbarField>
  );
}
