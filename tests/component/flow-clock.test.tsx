// @vitest-environment jsdom
import '../setup/component.setup';
import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLOW_STEP_MS, useFlowClock } from '../../src/ui/canvas/edges/useFlowClock';

/** A canvas stand-in: React Flow's edge layer, with a busy edge's stroke when `busy`. */
function Canvas({ busy }: { busy: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useFlowClock(ref);
  return (
    <div ref={ref}>
      <svg className="react-flow__edges" role="img" aria-label="edges">
        {busy && <path className="flow-edge__pulse" d="M0 0" />}
      </svg>
    </div>
  );
}

const stepOf = (container: HTMLElement) =>
  container.querySelector<HTMLElement>('.react-flow__edges')?.style.getPropertyValue('--flow-step');

describe('given the canvas flow clock', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
  afterEach(() => vi.useRealTimers());

  it('when edges are busy, then every edge steps together, once per step interval', () => {
    const { container } = render(<Canvas busy />);
    act(() => vi.advanceTimersByTime(FLOW_STEP_MS * 3));
    expect(stepOf(container)).toBe('3');
  });

  it('when no edge is busy (paused, idle), then the clock leaves the page alone', () => {
    const { container, rerender } = render(<Canvas busy />);
    act(() => vi.advanceTimersByTime(FLOW_STEP_MS));
    rerender(<Canvas busy={false} />);
    act(() => vi.advanceTimersByTime(FLOW_STEP_MS * 5));
    expect(stepOf(container)).toBe('1');
  });
});
