import { useEffect } from 'react';
import { useEventfoldStore } from '../../state/store';

// Where Space already means something (typing, pressing a button, choosing an option, selecting
// a canvas node), it keeps that meaning and does not also run or pause the simulation.
const spaceOwners = [
  'input',
  'select',
  'textarea',
  'button',
  'a[href]',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="button"]',
  '[role="checkbox"]',
  '[role="menuitem"]',
  '[role="option"]',
  '[role="slider"]',
  '[role="spinbutton"]',
  '[role="switch"]',
  '[role="tab"]',
  '[role="textbox"]',
  '.react-flow__node',
  '.react-flow__edge',
].join(',');

/** True when Space pressed with focus on `target` belongs to that element, not to the app. */
export function spaceBelongsTo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest(spaceOwners) !== null;
}

/** Space toggles run and pause anywhere else in the page. */
export function useSpaceToggle() {
  const toggleRun = useEventfoldStore((state) => state.toggleRun);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Not checking defaultPrevented: React Flow's key listener prevents Space on the page.
      if (event.key !== ' ' || event.repeat) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (spaceBelongsTo(event.target)) return;
      event.preventDefault(); // no page scroll
      toggleRun();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [toggleRun]);
}
