import { describe, expect, it } from 'vitest';
import { detectDelimiter, previewCsv } from '../../../ui/data/csv-preview.ts';

describe('detectDelimiter', () => {
  it('picks the delimiter that splits the header into the most columns, comma on a tie', () => {
    expect(detectDelimiter('id;created;resolved')).toBe(';');
    expect(detectDelimiter('id\tcreated')).toBe('\t');
    expect(detectDelimiter('id|created|resolved|group')).toBe('|');
    expect(detectDelimiter('a,b;c')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });
});

describe('previewCsv', () => {
  it('splits the header and the first rows, and counts the rows read', () => {
    const text = 'id,created\nA,2024-01-01\nB,2024-01-02\nC,2024-01-03\n';
    expect(previewCsv(text, { complete: true, maxRows: 2 })).toEqual({
      delimiter: ',',
      header: ['id', 'created'],
      rows: [
        ['A', '2024-01-01'],
        ['B', '2024-01-02'],
      ],
      rowsRead: 3,
    });
  });

  it('drops the last, cut line of a partial read, and a byte-order mark', () => {
    const text = '\uFEFFid;created\r\nA;2024-01-01\r\nB;2024-0';
    const preview = previewCsv(text, { complete: false });
    expect(preview.header).toEqual(['id', 'created']);
    expect(preview.rows).toEqual([['A', '2024-01-01']]);
    expect(preview.delimiter).toBe(';');
  });

  it('keeps quoted fields with delimiters and line breaks, and rows of another length', () => {
    const text = 'id,summary,group\n1,"printer, 2nd floor\nbroken",Desk\n2,short\n';
    expect(previewCsv(text, { complete: true }).rows).toEqual([
      ['1', 'printer, 2nd floor\nbroken', 'Desk'],
      ['2', 'short'],
    ]);
  });

  it('keeps what precedes a quote left open where a partial read was cut', () => {
    const text = 'id,summary\n1,fine\n2,"opened here\nand cut\n';
    const preview = previewCsv(text, { complete: false });
    expect(preview.rows).toEqual([['1', 'fine']]);
  });

  it('refuses binary data and an empty file with a message for the reader', () => {
    expect(() => previewCsv('PK\u0003\u0004\0\0', { complete: true })).toThrow(/binary data/);
    expect(() => previewCsv('', { complete: true })).toThrow(/empty/);
    expect(() => previewCsv('\n\n', { complete: true })).toThrow(/empty/);
  });
});
