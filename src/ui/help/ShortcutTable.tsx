import { appActions } from '../actions/app-actions';
import { shortcutText } from '../actions/shortcut';

/** Every action of the table that has keys: the list is the table, never a copy of it. */
const keyedActions = Object.values(appActions).filter((action) => action.shortcuts.length > 0);

/** The keyboard shortcuts, read from the one action table (src/ui/actions/app-actions.ts). */
export function ShortcutTable() {
  return (
    <table className="help__shortcuts" aria-label="Keyboard shortcuts">
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Keys</th>
        </tr>
      </thead>
      <tbody>
        {keyedActions.map((action) => (
          <tr key={action.label}>
            <th scope="row">
              {action.label}
              {action.description && (
                <span className="help__description">{action.description}</span>
              )}
            </th>
            <td>
              {action.shortcuts.map((shortcut, index) => (
                <span key={shortcutText(shortcut)}>
                  {index > 0 && ' or '}
                  <kbd>{shortcutText(shortcut)}</kbd>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
