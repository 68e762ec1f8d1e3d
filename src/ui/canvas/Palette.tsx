import './palette.css';
import {
  componentCategories,
  componentCategoryOrder,
} from '../../sim/scenario/component-categories';
import { componentKindInfo, componentKinds } from '../../sim/scenario/component-kinds';
import { PaletteItem } from './PaletteItem';
import { usePlaceComponent } from './usePlaceComponent';

/** The left panel: every component kind, grouped by role in the architecture. */
export function Palette() {
  const { placeAtViewportCentre } = usePlaceComponent();
  return (
    <aside aria-label="Palette" className="panel palette">
      <header className="panel__header">
        <h2 className="panel__title">Components</h2>
        <p className="panel__hint">Drag onto the canvas, or focus one and press Enter.</p>
      </header>
      <div className="palette__sections">
        {componentCategoryOrder.map((category) => (
          <section key={category} className="palette__section">
            <h3 className="palette__heading">{componentCategories[category].label}</h3>
            <ul className="palette__list">
              {componentKinds
                .filter((kind) => componentKindInfo[kind].category === category)
                .map((kind) => (
                  <PaletteItem key={kind} kind={kind} onPlace={placeAtViewportCentre} />
                ))}
            </ul>
          </section>
        ))}
      </div>
    </aside>
  );
}
