import type { EventfoldState } from '../eventfold-state';

const count = (value: number, noun: string) =>
  `${value.toLocaleString('en')} ${noun}${value === 1 ? '' : 's'}`;

/**
 * The question asked before `replacing` (a sentence subject: "New", "Opening the shared
 * scenario ...") puts another scenario in place of the one shown, saying what is lost; null
 * when there is nothing to lose (an empty canvas and no run).
 */
export function replaceQuestion(
  state: Pick<EventfoldState, 'nodes' | 'eventCount'>,
  replacing: string,
): string | null {
  const components = state.nodes.length;
  const events = state.eventCount;
  if (components === 0 && events === 0) return null;
  const lost = [
    components > 0 ? count(components, 'component') : null,
    events > 0 ? `the run's ${count(events, 'event')}` : null,
  ].filter((part) => part !== null);
  const undo =
    components > 0
      ? ' Undo (Ctrl+Z) brings the canvas back, but not the run.'
      : ' The run cannot be brought back.';
  return `${replacing} replaces what is open: ${lost.join(' and ')} will be discarded.${undo}`;
}

/**
 * Whether `replacing` may go ahead: yes when nothing would be lost, otherwise what the person
 * answers to replaceQuestion. Every item that replaces the scenario asks through here (the
 * Scenario menu, Import, a share link), so they all ask the same way.
 */
export function mayReplaceWorkspace(
  state: Pick<EventfoldState, 'nodes' | 'eventCount'>,
  replacing: string,
  confirm: (question: string) => boolean,
): boolean {
  const question = replaceQuestion(state, replacing);
  return question === null || confirm(question);
}
