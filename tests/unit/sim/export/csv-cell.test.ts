import { describe, expect, it } from 'vitest';
import {
  csvNumberCell,
  csvTextCell,
  neutraliseFormula,
  quoteCsvField,
} from '../../../../src/sim/export/csv-cell';

describe('given text a spreadsheet would run as a formula (CSV injection)', () => {
  it.each([
    ['=', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+', '+1+2', "'+1+2"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(1)', "'@SUM(1)"],
    ['tab', '\t=1', "'\t=1"],
  ])('when the cell starts with %s, then it is prefixed with a single quote', (_, text, safe) => {
    expect(neutraliseFormula(text)).toBe(safe);
    expect(csvTextCell(text)).toBe(safe);
  });

  it('when the cell starts with a carriage return, then it is prefixed and quoted', () => {
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
    expect(csvTextCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('when the trigger is not the first character, then the text is left alone', () => {
    for (const text of ['a=b', '1+1', 'x-y', 'me@example.com', '', ' =1']) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });

  it('when a dangerous cell also needs quoting, then it is prefixed first, then quoted', () => {
    expect(csvTextCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});

describe('given RFC 4180 quoting', () => {
  it('when a field holds a comma, quote, CR or LF, then it is quoted with quotes doubled', () => {
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField('line\nbreak')).toBe('"line\nbreak"');
    expect(quoteCsvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('when a field is plain, then it is written as it is', () => {
    expect(quoteCsvField('order.placed')).toBe('order.placed');
    expect(quoteCsvField("it's")).toBe("it's");
  });

  it('when a number is written, then it is never prefixed or quoted', () => {
    expect(csvNumberCell(12.5)).toBe('12.5');
    expect(csvNumberCell(0)).toBe('0');
  });
});
