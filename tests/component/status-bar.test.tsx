// @vitest-environment jsdom
import '../setup/component.setup';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
