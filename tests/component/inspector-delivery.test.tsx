// @vitest-environment jsdom
import '../setup/component.setup';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/sim/engine/simulation';
import { loadScenario } from '../../src/sim/scenario/load-scenario';
import type { Scenario } from '../../src/sim/scenario/scenario-schema';
import { mergeLiveMetrics } from '../../src/state/live/live-metrics';
import { useEventfoldStore } from '../../src/state/store';
import { exampleScenarioJson } from '../support/sim-arbitrary';
import { fakeEngine, freshStore, inspector, renderEditor } from './inspector-harness';

/** The example, its analytics consumer idempotent or not. */
function example(idempotent: boolean): Scenario {
  const raw = exampleScenarioJson() as { components: Array<Record<string, unknown>> } & Record<
    string,
    unknown
  >;
  const analytics = raw.components.find((component) => component.id === 'analytics')!;
  analytics.config = { ...(analytics.config as object), idempotent };
  const loaded = loadScenario(raw);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.scenario;
}

/**
 * The example run by the real engine through a "Duplicate storm" (the Chaos action's fault,
 * src/ui/chaos/chaos-actions.ts: the bus duplicates half of all events for 20 s).
 */
function stormedMetrics(scenario: Scenario) {
  const sim = new Simulation(scenario);
  sim.inject({ target: 'bus', setting: 'duplicate-rate', value: 0.5, durationMs: 20_000 });
  sim.runUntil(5_000);
  return sim.snapshot().components;
}

/** The example on the canvas with a node selected, before any snapshot. */
function openExample(scenario: Scenario, selected: string) {
  const { engine } = fakeEngine();
  freshStore([], engine);
  act(() => useEventfoldStore.getState().openScenario(scenario));
  act(() => useEventfoldStore.getState().selectNode(selected));
  return renderEditor();
}

/** Hands the engine's snapshot to the page's store, as a frame does. */
function show(components: ReturnType<typeof stormedMetrics>) {
  act(() => {
    const { metricsById } = useEventfoldStore.getState();
    useEventfoldStore.setState({
      metricsById: mergeLiveMetrics(metricsById, components, new Map()),
    });
  });
}

/** The Delivery table's figure on the row with this name (NaN when there is none). */
function figure(label: string): number {
  const table = within(inspector()).getByRole('table', { name: 'Delivery' });
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => candidate.querySelector('.delivery-counts__label')?.textContent === label);
  return Number((row?.querySelector('td')?.textContent ?? 'NaN').replaceAll(',', ''));
}

/** A node's badges as "text|tone". */
function badges(container: HTMLElement, id: string): string[] {
  return Array.from(
    container.querySelectorAll(`.react-flow__node[data-id="${id}"] .node-badge`),
    (badge) => {
      const tone = /node-badge--(\w+)/.exec(badge.className)?.[1];
      return `${badge.querySelector('[aria-hidden]')?.textContent}|${tone}`;
    },
  );
}

describe('given the example with an idempotent consumer through a Duplicate storm', () => {
  it('when the engine reports its metrics, then the Inspector and the node show duplicates caught, none applied', () => {
    const scenario = example(true);
    const view = openExample(scenario, 'analytics');
    expect(
      within(inspector()).getByText('Run the scenario to see what delivery did here.'),
    ).toBeTruthy();

    show(stormedMetrics(scenario));

    expect(figure('Duplicates caught')).toBeGreaterThan(0);
    expect(figure('Duplicates applied')).toBe(0);
    expect(figure('Delivered once')).toBeGreaterThan(0);
    // Each row says what it means and where the idea comes from.
    expect(within(inspector()).getByText(/microservices\.io, “Idempotent Consumer”/)).toBeTruthy();
    const analytics = badges(view.container, 'analytics');
    expect(analytics).toContainEqual(expect.stringMatching(/^[\d.k]+ dup caught\|neutral$/));
    expect(analytics.some((badge) => badge.includes('dup applied'))).toBe(false);
    // The bus says how many copies it made: the only duplicate figure it has.
    expect(badges(view.container, 'bus')).toContainEqual(
      expect.stringMatching(/^[\d.k]+ dup\|warn$/),
    );
  });
});

describe('given the example with a consumer that is not idempotent, through the same storm', () => {
  it('when the engine reports its metrics, then duplicates applied rise and its node badges them as harm', () => {
    const scenario = example(false);
    const view = openExample(scenario, 'analytics');

    show(stormedMetrics(scenario));

    expect(figure('Duplicates applied')).toBeGreaterThan(0);
    expect(figure('Duplicates caught')).toBe(0);
    expect(badges(view.container, 'analytics')).toContainEqual(
      expect.stringMatching(/^[\d.k]+ dup applied\|error$/),
    );
  });
});

describe('given a selected component whose kind delivers nothing', () => {
  it('when it is inspected, then there is no Delivery section', () => {
    openExample(example(true), 'order-stats');
    expect(within(inspector()).queryByRole('heading', { name: 'Delivery' })).toBeNull();
    expect(screen.getByRole('complementary', { name: 'Inspector' })).toBeTruthy();
  });
});
