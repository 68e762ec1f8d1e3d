import { describe, expect, it } from 'vitest';
import { CloudEventMappingError } from '../../../src/core/cloudevents/cloud-event-errors';
import { fromCloudEvent } from '../../../src/core/cloudevents/from-cloud-event';
import { toCloudEvent } from '../../../src/core/cloudevents/to-cloud-event';
import { stored } from './sample-stored-events';

const exported = toCloudEvent(stored) as unknown as Record<string, unknown>;

function without(name: string): Record<string, unknown> {
  const { [name]: _dropped, ...rest } = exported;
  return rest;
}

describe('given a CloudEvent from another producer with only the required attributes', () => {
  it('when imported, then the envelope gets documented defaults and keeps the foreign source as it is', () => {
    const envelope = fromCloudEvent({
      specversion: '1.0',
      id: 'A234-1234',
      source: 'https://example.com/shop',
      type: 'com.example.order.placed',
      time: '2026-01-01T00:00:10Z',
    });

    expect(envelope).toEqual({
      id: 'A234-1234',
      type: 'com.example.order.placed',
      time: 10_000,
      schemaVersion: 1,
      source: 'https://example.com/shop',
      correlationId: 'A234-1234',
      causationId: null,
      metadata: {},
      data: null,
    });
  });

  it('when extensions arrive as strings (binary-mode transport), then integers are still read', () => {
    const envelope = fromCloudEvent({ ...exported, schemaversion: '3', streamversion: '2' });

    expect(envelope).toEqual(stored);
  });
});

describe('given a CloudEvent missing a required attribute', () => {
  it.each(['id', 'source', 'type', 'time', 'specversion'])(
    'when "%s" is missing, then a CloudEventMappingError names it',
    (name) => {
      expect(() => fromCloudEvent(without(name))).toThrow(CloudEventMappingError);
      expect(() => fromCloudEvent(without(name))).toThrow(
        `required attribute "${name}" is missing`,
      );
    },
  );

  it.each(['subject', 'streamversion', 'sequence'])(
    'when stream placement lacks "%s", then the error names it',
    (name) => {
      expect(() => fromCloudEvent(without(name))).toThrow(`"${name}"`);
    },
  );
});

describe('given malformed attributes', () => {
  it.each([
    [{ specversion: '0.3' }, 'specversion "0.3" is not supported'],
    [{ id: '' }, 'attribute "id" must be a non-empty string'],
    [{ type: 7 }, 'attribute "type" must be a non-empty string'],
    [{ time: 'yesterday' }, 'time "yesterday" is not an RFC 3339 timestamp'],
    [{ sequence: 'forty-two' }, 'attribute "sequence" must be an integer'],
    [{ schemaversion: 1.5 }, 'attribute "schemaversion" must be an integer'],
    [{ eventfoldmetadata: '{oops' }, 'eventfoldmetadata is not valid JSON'],
    [{ eventfoldmetadata: '{"n":1}' }, 'must be a JSON object of string values'],
    [{ eventfoldtime: 'soon' }, 'eventfoldtime "soon" is not a number'],
    [{ data_base64: 'Zm9v' }, 'binary data (data_base64) is not supported'],
    [{ source: '/eventfold/components/%E0%A4%A' }, 'malformed percent-escape'],
  ])('when given %o, then the error says: %s', (override, message) => {
    expect(() => fromCloudEvent({ ...exported, ...override })).toThrow(message);
  });

  it('when an attribute is wrong, then the message names the event id', () => {
    expect(() => fromCloudEvent({ ...exported, time: 'yesterday' })).toThrow('CloudEvent "evt-3"');
  });
});

describe('given envelopes that CloudEvents cannot represent', () => {
  it('when schemaVersion is not a 32-bit integer, then export refuses it clearly', () => {
    expect(() => toCloudEvent({ ...stored, schemaVersion: 2 ** 31 })).toThrow(
      'schemaVersion 2147483648 is not a 32-bit integer',
    );
  });

  it('when the virtual time is beyond the date range, then export refuses it clearly', () => {
    expect(() => toCloudEvent({ ...stored, time: 9e15 })).toThrow('outside the date range');
  });
});
