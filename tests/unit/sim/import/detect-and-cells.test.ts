import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../../src/sim/export/csv-cell';
import { formatLog } from '../../../../src/sim/export/log-writer';
import { restoreFormulaText } from '../../../../src/sim/import/csv-cells';
import { csvRecords } from '../../../../src/sim/import/csv-records';
import { detectImportFormat } from '../../../../src/sim/import/detect-format';
import { scenarioFileText } from '../../../../src/sim/import/scenario-file';
import { sampleLog } from '../export/sample-log';
import { exampleScenario } from './import-fixtures';

describe('given file contents', () => {
  it('when each export format is inspected, then its format is detected from the content', () => {
    expect(detectImportFormat(formatLog('json', sampleLog()))).toBe('json');
    expect(detectImportFormat(formatLog('ndjson', sampleLog()))).toBe('ndjson');
    expect(detectImportFormat(formatLog('csv', sampleLog()))).toBe('csv');
    expect(detectImportFormat(scenarioFileText(exampleScenario()))).toBe('scenario');
    expect(detectImportFormat('\uFEFF  [\n]')).toBe('json');
    expect(detectImportFormat('id,type\r\n')).toBeNull();
  });
});

describe('given CSV cells', () => {
  it('when quoted fields span lines, then the record keeps its first line number', () => {
    const records = [...csvRecords('a,b\r\n"x\r\ny",z\r\nlast,"q""uote"\r\n')];
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x\r\ny', 'z'] },
      { line: 4, fields: ['last', 'q"uote'] },
    ]);
  });

  const seed = 20260106;
  it(`when any text not starting with a quote + trigger is neutralised then restored, then it is unchanged (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!/^'[=+\-@\t\r]/.test(text));
        expect(restoreFormulaText(neutraliseFormula(text))).toBe(text);
      }),
      { seed, numRuns: 500 },
    );
    expect(restoreFormulaText(neutraliseFormula('=SUM(A1)'))).toBe('=SUM(A1)');
    expect(neutraliseFormula('=SUM(A1)')).toBe("'=SUM(A1)");
  });
});
