import { describe, expect, it } from 'vitest';
import { formatLog } from '../../../../src/sim/export/log-writer';
import { MAX_IMPORT_BYTES, oversizeProblem } from '../../../../src/sim/import/import-limits';
import { parseImportText } from '../../../../src/sim/import/parse-import';
import { sampleLog } from '../export/sample-log';
import { importedEvents, refusalOf } from './import-fixtures';

/** The sample log as NDJSON lines (objects), to corrupt one attribute at a time. */
function ndjsonObjects(): Record<string, unknown>[] {
  return formatLog('ndjson', sampleLog())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function ndjson(objects: readonly unknown[]): string {
  return `${objects.map((object) => JSON.stringify(object)).join('\n')}\n`;
}

function withSecond(change: (event: Record<string, unknown>) => void): string {
  const objects = ndjsonObjects();
  change(objects[1]!);
  return ndjson(objects);
}

describe('given a hostile or broken file', () => {
  it('when a CloudEvents batch is truncated mid-event, then it is refused naming the line', () => {
    const text = formatLog('json', sampleLog());
    expect(refusalOf(text.slice(0, text.length - 40))).toMatch(/^line 4: not valid JSON/);
  });

  it('when a batch is cut after a whole line, then it is refused as an unclosed array', () => {
    const text = formatLog('json', sampleLog());
    expect(refusalOf(text.slice(0, text.lastIndexOf('\n]')))).toMatch(/not closed/);
  });

  it('when an NDJSON file is truncated, then the last line is named', () => {
    const text = formatLog('ndjson', sampleLog());
    expect(refusalOf(text.slice(0, -20))).toMatch(/^line 3: not valid JSON/);
  });

  it('when an attribute has the wrong type, then line, index and field are named', () => {
    const text = withSecond((event) => {
      event.streamversion = 'two';
    });
    expect(refusalOf(text)).toMatch(/^line 2 \(event \[1\]\), field "streamversion": /);
  });

  it.each(['id', 'source', 'type', 'time', 'specversion', 'subject', 'sequence'])(
    'when the required attribute %s is missing, then it is named',
    (attribute) => {
      const text = withSecond((event) => {
        delete event[attribute];
      });
      expect(refusalOf(text)).toBe(
        `line 2 (event [1]), field "${attribute}": required attribute is missing`,
      );
    },
  );

  it('when specversion is not 1.0, then the file is refused', () => {
    const text = withSecond((event) => {
      event.specversion = '0.3';
    });
    expect(refusalOf(text)).toMatch(/field "specversion": must be "1.0"/);
  });

  it('when an extension name is not lowercase alphanumerics, then it is refused', () => {
    const text = withSecond((event) => {
      event['Bad-Name'] = 'x';
    });
    expect(refusalOf(text)).toMatch(/field "Bad-Name": extension names must be/);
  });

  it('when two events share an id, then the second is named with the first', () => {
    const objects = ndjsonObjects();
    objects[2]!.id = objects[0]!.id;
    expect(refusalOf(ndjson(objects))).toBe(
      `line 3 (event [2]), field "id": duplicate id "${objects[0]!.id}" (first at line 1)`,
    );
  });

  it('when events are out of log order, then the position is named', () => {
    const objects = ndjsonObjects();
    [objects[0], objects[1]] = [objects[1]!, objects[0]!];
    expect(refusalOf(ndjson(objects))).toMatch(/^line 2 \(event \[1\]\), field "sequence"/);
  });

  it('when data hides a __proto__ key, then the file is refused and Object.prototype stays clean', () => {
    const line = formatLog('ndjson', sampleLog()).split('\n')[0]!;
    const hostile = line.replace('"data":{', '"data":{"__proto__":{"polluted":"yes"},');
    expect(hostile).not.toBe(line);
    expect(refusalOf(hostile)).toBe(
      'line 1 (event [0]), field "data.__proto__": key is not allowed (it could pollute object prototypes)',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('when a CSV data cell holds a constructor key, then the column and key are named', () => {
    const text = formatLog('csv', sampleLog()).replace(
      '{""orderId""',
      '{""constructor"":{},""orderId""',
    );
    expect(refusalOf(text)).toMatch(/^line 2 \(event \[0\]\), field "data.constructor"/);
  });

  it('when the type carries HTML, then it is refused by the type pattern', () => {
    const text = withSecond((event) => {
      event.type = '<script>alert(1)</script>';
    });
    expect(refusalOf(text)).toMatch(/field "type": must be dotted lowercase words/);
  });

  it('when data carries HTML, then it is accepted verbatim as data (the UI renders it as text)', () => {
    const script = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const text = withSecond((event) => {
      event.data = { note: script };
    });
    expect(importedEvents(text)[1]!.data).toEqual({ note: script });
  });

  it('when a file is 10x over the size limit, then it is refused with the limit', () => {
    expect(oversizeProblem(10 * MAX_IMPORT_BYTES)).toBe(
      'file is 2 GB, over the 200 MB import limit',
    );
    const text = formatLog('ndjson', sampleLog());
    const limit = Math.floor(text.length / 10);
    expect(refusalOf(text, { maxBytes: limit, maxEvents: 100 })).toMatch(
      /^file: file is .* over the .* import limit$/,
    );
  });

  it('when a file holds more events than allowed, then the first one over is named', () => {
    expect(refusalOf(formatLog('ndjson', sampleLog()), { maxBytes: 1e6, maxEvents: 2 })).toBe(
      'line 3 (event [2]): more than 2 events (the import limit)',
    );
  });

  it('when a CSV quoted field never closes, then the line it began on is named', () => {
    const text = formatLog('csv', sampleLog());
    const cut = text.indexOf('gift');
    expect(refusalOf(text.slice(0, cut))).toMatch(/^line 2: a quoted CSV field is never closed/);
  });

  it('when a CSV row has a non-numeric position, then the column is named', () => {
    const lines = formatLog('csv', sampleLog()).split('\r\n');
    lines[lines.length - 2] = lines.at(-2)!.replace(/^3,/, 'three,');
    expect(refusalOf(lines.join('\r\n'))).toMatch(/field "position": must be a whole number/);
  });

  it('when a file is no known format, then it says which formats it accepts', () => {
    expect(refusalOf('hello world')).toBe(
      'file: not a CloudEvents JSON batch, NDJSON, Eventfold CSV or scenario file',
    );
  });

  it('when a scenario is invalid, then its field paths are reported', () => {
    expect(
      refusalOf('{"version":2,"name":"x","seed":-1,"components":[],"connections":[]}'),
    ).toMatch(/scenario: seed: /);
  });

  it('when nothing is refused, then the result of a valid file is a log (control case)', () => {
    expect(parseImportText(formatLog('csv', sampleLog())).ok).toBe(true);
  });
});
