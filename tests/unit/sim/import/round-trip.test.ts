import { CloudEvent } from 'cloudevents';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../../src/sim/engine/simulation';
import { logFormats } from '../../../../src/sim/export/log-formats';
import { createLogWriter, formatLog } from '../../../../src/sim/export/log-writer';
import { parseImportText } from '../../../../src/sim/import/parse-import';
import { scenarioFileText } from '../../../../src/sim/import/scenario-file';
import { sampleLog } from '../export/sample-log';
import { exampleLog, exampleScenario, importedEvents } from './import-fixtures';

describe('given an exported log', () => {
  for (const format of logFormats) {
    it(`when the ${format} export of the tricky sample log is imported, then every event comes back equal (ids, order, data, positions)`, () => {
      const events = sampleLog();
      const result = parseImportText(formatLog(format, events));
      expect(result).toMatchObject({ ok: true, kind: 'log', format, renumbered: false });
      expect(importedEvents(formatLog(format, events))).toEqual(events);
    });

    it(`when the ${format} export of a simulated run, written in pages, is imported, then the same log comes back`, () => {
      const events = exampleLog();
      expect(events.length).toBeGreaterThan(200);
      const writer = createLogWriter(format);
      let text = writer.header();
      for (let from = 0; from < events.length; from += 97) {
        text += writer.page(events.slice(from, from + 97));
      }
      text += writer.footer();
      expect(importedEvents(text)).toEqual(events);
    });
  }

  it('when a filtered export (gaps in positions and versions) is imported, then it is renumbered gap-free and says so', () => {
    const events = exampleLog().filter((event) => event.type.startsWith('order.'));
    const result = parseImportText(formatLog('ndjson', events));
    if (!result.ok || result.kind !== 'log') throw new Error('expected a log');
    expect(result.renumbered).toBe(true);
    expect(result.events.map((event) => event.id)).toEqual(events.map((event) => event.id));
    expect(result.events.map((event) => event.position)).toEqual(events.map((_, i) => i + 1));
    const versions = new Map<string, number>();
    for (const event of result.events) {
      const expected = (versions.get(event.streamId) ?? 0) + 1;
      expect(event.streamVersion).toBe(expected);
      versions.set(event.streamId, expected);
    }
  });
});

describe('given the official CloudEvents SDK in strict mode', () => {
  it('when every exported event of a run is rebuilt by the SDK, then none is rejected and the attributes survive', () => {
    const events = exampleLog(10_000);
    for (const format of ['json', 'ndjson'] as const) {
      const text = formatLog(format, events);
      const objects =
        format === 'json'
          ? (JSON.parse(text) as Record<string, unknown>[])
          : text
              .trim()
              .split('\n')
              .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(objects).toHaveLength(events.length);
      objects.forEach((object, index) => {
        const event = new CloudEvent(object, true);
        expect(event.id).toBe(events[index]!.id);
        expect(event.specversion).toBe('1.0');
        expect(event.subject).toBe(events[index]!.streamId);
        expect(event.correlationid).toBe(events[index]!.correlationId);
        expect(event.datacontenttype).toBe('application/json');
      });
    }
  });
});

describe('given an exported scenario', () => {
  it('when it is imported and run, then the run produces the same log hash as the original', () => {
    const scenario = exampleScenario();
    const original = new Simulation(scenario);
    original.runUntil(15_000);
    const result = parseImportText(scenarioFileText(scenario));
    if (!result.ok || result.kind !== 'scenario') throw new Error('expected a scenario');
    expect(result.scenario).toEqual(scenario);
    const replay = new Simulation(result.scenario);
    replay.runUntil(15_000);
    expect(replay.summary().logHash).toBe(original.summary().logHash);
    expect(replay.summary().events).toBeGreaterThan(100);
  });
});
