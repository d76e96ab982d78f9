import { parse } from 'csv-parse/browser/esm/sync';

/** Bytes of a file read for the preview: enough for the header and the first rows. */
export const PREVIEW_BYTES = 64 * 1024;

/** Delimiters an export may use, in the server's order of preference on a tie. */
const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The first rows of a CSV file, split as the server will split them. */
export interface CsvPreview {
  delimiter: string;
  header: string[];
  /** The first data rows (at most `maxRows`). */
  rows: string[][];
  /** Data rows found in the part of the file read (every row when `complete`). */
  rowsRead: number;
}

/**
 * The delimiter that splits a header line into the most columns (comma on a tie), as the server's
 * reader chooses it.
 *
 * @example
 * detectDelimiter('id;created;resolved') // => ';'
 */
export function detectDelimiter(firstLine: string): string {
  return DELIMITERS.reduce<string>(
    (best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best),
    ',',
  );
}

/**
 * Splits the beginning of a CSV file into its header and first rows. When `complete` is false
 * (the text is only the first bytes of a larger file) the last, probably cut, line is left out.
 * A byte-order mark is ignored; rows of a different length are kept as they are.
 *
 * @throws Error with a message for the reader when the text is empty or holds binary data.
 * @example
 * previewCsv('id,created\nA,2024-01-01\nB,2024-01-02\n', { complete: true, maxRows: 1 })
 * // => { delimiter: ',', header: ['id', 'created'], rows: [['A', '2024-01-01']], rowsRead: 2 }
 */
export function previewCsv(
  text: string,
  options: { complete: boolean; maxRows?: number },
): CsvPreview {
  if (text.includes('\0'))
    throw new Error('this file holds binary data: choose the CSV export (a text file)');
  let body = text.replace(/^\uFEFF/, '');
  if (!options.complete) {
    const lastBreak = body.lastIndexOf('\n');
    if (lastBreak > 0) body = body.slice(0, lastBreak + 1);
  }
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '') throw new Error('this file is empty: choose the CSV export');
  const delimiter = detectDelimiter(firstLine);
  const records = parseLeniently(body, delimiter);
  const [header = [], ...rows] = records;
  return {
    delimiter,
    header,
    rows: rows.slice(0, options.maxRows ?? 8),
    rowsRead: rows.length,
  };
}

/** Parses as the server does; a quote left open (in a cut-off preview) drops only what follows it. */
function parseLeniently(body: string, delimiter: string): string[][] {
  const options = {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  };
  try {
    return parse(body, options);
  } catch (error) {
    // `records`: how many records were complete before the parser gave up.
    const records = (error as { records?: number }).records;
    if (records === undefined || records < 1) throw error;
    return parse(body, { ...options, to: records });
  }
}

/**
 * Reads the first PREVIEW_BYTES of a file (a File or Blob) and previews them.
 *
 * @throws Error as previewCsv does.
 */
export async function previewFile(file: Blob, maxRows = 8): Promise<CsvPreview> {
  const complete = file.size <= PREVIEW_BYTES;
  const text = await file.slice(0, PREVIEW_BYTES).text();
  return previewCsv(text, { complete, maxRows });
}
