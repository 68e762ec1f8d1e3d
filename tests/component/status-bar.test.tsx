// @vitest-environment jsdom
import '../setup/component.setup';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useEventfoldStore } from '../../src/state/store';
import { renderApp } from './render-app';

describe('given a fresh app', () => {
  it('when it opens, then the status bar shows a ready run at t = 0 with 0 events', () => {
    renderApp();
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('0 events');
    expect(status.textContent).toContain('t = 0.000 s');
    expect(status.textContent).toContain('Ready');
  });
});

describe('given a run whose saving is behind the engine', () => {
  it('when 194 events are made and 177 saved, then the status bar names each figure', () => {
    renderApp();
    act(() =>
      useEventfoldStore.setState({ status: 'running', eventCount: 194, durablePosition: 177 }),
    );
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('194 events made');
    expect(status.textContent).toContain('saved 177/194');
  });
});

describe('given a running run that the engine holds back', () => {
  it('when the screen holds it, then the status bar says drawing sets the pace, with the rate', () => {
    renderApp();
    act(() =>
      useEventfoldStore.setState({ status: 'running', heldByScreen: true, eventsPerSecond: 6319 }),
    );
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('held back by drawing: 6,319 events/s');
    expect(status.textContent).not.toContain('held back by saving');
  });

  it('when saving and the screen both hold it, then saving is named (the slower of the two)', () => {
    renderApp();
    act(() =>
      useEventfoldStore.setState({
        status: 'running',
        heldByScreen: true,
        heldBySaving: true,
        eventsPerSecond: 2000,
      }),
    );
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('held back by saving: 2,000 events/s');
    expect(status.textContent).not.toContain('held back by drawing');
  });
});
