import { CloudEvent } from 'cloudevents';
import { describe, expect, it } from 'vitest';
import { fromCloudEvent } from '../../../src/core/cloudevents/from-cloud-event';
import { toCloudEvent } from '../../../src/core/cloudevents/to-cloud-event';
import { allSamples, caused, oddSource, rootEnvelope, stored } from './sample-stored-events';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const CORE_ATTRIBUTES = new Set([
  'specversion',
  'id',
  'source',
  'type',
  'time',
  'subject',
  'datacontenttype',
  'dataschema',
  'data',
]);

describe('given an envelope that is not stored yet', () => {
  it('when exported, then it maps to the documented CloudEvents attributes', () => {
    expect(toCloudEvent(rootEnvelope)).toEqual({
      specversion: '1.0',
      id: 'evt-1',
      source: '/eventfold/components/order-api',
      type: 'order.placed',
      time: '2026-01-01T00:00:01.500Z',
      correlationid: 'evt-1',
      schemaversion: 1,
      datacontenttype: 'application/json',
      data: rootEnvelope.data,
    });
  });
});

describe('given a stored event with causation, partition key and metadata', () => {
  it('when exported, then stream placement, correlation and metadata become attributes', () => {
    const cloudEvent = toCloudEvent(stored);

    expect(cloudEvent).toMatchObject({
      subject: 'order-o-1',
      sequence: '0000000000000042',
      streamversion: 2,
      correlationid: 'evt-1',
      causationid: 'cmd-7',
      partitionkey: 'o-1',
      schemaversion: 3,
      time: '2026-01-01T00:01:01.000Z',
    });
    expect(JSON.parse(cloudEvent.eventfoldmetadata ?? 'null')).toEqual(caused.metadata);
  });

  it('when exported with another epoch, then time counts from that epoch', () => {
    const epochMs = Date.UTC(2030, 5, 15, 12);

    expect(toCloudEvent(stored, { epochMs }).time).toBe('2030-06-15T12:01:01.000Z');
    expect(fromCloudEvent(toCloudEvent(stored, { epochMs }), { epochMs })).toEqual(stored);
  });
});

describe('given positions of different lengths', () => {
  it('when exported, then sequence strings sort lexicographically in position order', () => {
    const positions = [9, 10, 100, 2, 1_000_000, 42];
    const sequences = positions.map((position) => toCloudEvent({ ...stored, position }).sequence!);

    expect([...sequences].sort()).toEqual(
      [...positions]
        .sort((a, b) => a - b)
        .map((p) => toCloudEvent({ ...stored, position: p }).sequence),
    );
  });
});

describe('given every sample event', () => {
  it.each(allSamples.map((event) => [event.id, event] as const))(
    'when %s is exported and imported, then the result deep-equals the original',
    (_id, event) => {
      expect(fromCloudEvent(toCloudEvent(event))).toStrictEqual(event);
    },
  );

  it.each(allSamples.map((event) => [event.id, event] as const))(
    'when %s is exported, then the official SDK accepts it in strict mode and round-trips through its JSON',
    (_id, event) => {
      const sdkEvent = new CloudEvent(toCloudEvent(event), true);

      expect(sdkEvent.validate()).toBe(true);
      const overTheWire = JSON.parse(sdkEvent.toString()) as Record<string, unknown>;
      expect(fromCloudEvent(overTheWire)).toEqual(event);
    },
  );

  it.each(allSamples.map((event) => [event.id, event] as const))(
    'when %s is exported, then time is RFC 3339 and extensions are short lowercase names with string or int32 values',
    (_id, event) => {
      const cloudEvent = toCloudEvent(event) as unknown as Record<string, unknown>;

      expect(cloudEvent.time).toMatch(RFC3339);
      for (const [name, value] of Object.entries(cloudEvent)) {
        if (CORE_ATTRIBUTES.has(name)) continue;
        expect(name).toMatch(/^[a-z0-9]{1,20}$/);
        const validValue =
          typeof value === 'string' ||
          (Number.isInteger(value) && Math.abs(value as number) < 2 ** 31);
        expect(validValue, `extension ${name}=${String(value)}`).toBe(true);
      }
    },
  );
});

describe('given a component id with reserved characters', () => {
  it('when exported, then source is a URI-reference under /eventfold/components/ and reverses exactly', () => {
    const source = toCloudEvent(oddSource).source;

    expect(source).toBe('/eventfold/components/svc%20a%2Fb%3Fc%23d%25%C3%A9');
    expect(fromCloudEvent(toCloudEvent(oddSource)).source).toBe(oddSource.source);
  });
});
