import './bottom-panel.css';
import { type KeyboardEvent, useId, useRef } from 'react';
import { selectActiveTab } from '../../state/selectors';
import { useEventfoldStore } from '../../state/store';
import { TimeTravelBar } from '../timetravel/TimeTravelBar';
import { WarningsIndicator } from '../warnings/WarningsIndicator';
import { bottomTabs } from './bottom-tabs';
import { PanelResizer } from './PanelResizer';
import { TabContent } from './tab-contents';
import { tabIndexForKey } from './tab-navigation';

/** The bottom panel: Event log, Charts, Saga timeline and Queries as WAI-ARIA tabs. */
export function BottomPanel() {
  const activeTab = useEventfoldStore(selectActiveTab);
  const setActiveTab = useEventfoldStore((state) => state.setActiveTab);
  const idPrefix = useId();
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const activeIndex = bottomTabs.findIndex((tab) => tab.id === activeTab);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabIndexForKey(event.key, activeIndex, bottomTabs.length);
    const tab = next === null ? undefined : bottomTabs[next];
    if (next === null || !tab) return;
    event.preventDefault();
    setActiveTab(tab.id);
    tabRefs.current[next]?.focus();
  };

  return (
    <section className="bottom-panel" aria-label="Run details">
      <PanelResizer />
      <div role="tablist" aria-label="Run details" className="tabs" onKeyDown={onKeyDown}>
        {bottomTabs.map((tab, index) => {
          const selected = tab.id === activeTab;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                tabRefs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${idPrefix}-tab-${tab.id}`}
              className="tabs__tab"
              aria-selected={selected}
              aria-controls={`${idPrefix}-panel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => setActiveTab(tab.id)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <TimeTravelBar />
      <WarningsIndicator />
      {bottomTabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${idPrefix}-panel-${tab.id}`}
          aria-labelledby={`${idPrefix}-tab-${tab.id}`}
          className="tab-panel"
          hidden={tab.id !== activeTab}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: WAI-ARIA tabs: an empty panel takes focus.
          tabIndex={0}
        >
          {tab.id === activeTab && <TabContent tab={tab.id} />}
        </div>
      ))}
    </section>
  );
}
