import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import {
  isSimulatorError,
  SIM_ERR,
  SimulatorError,
  type TicketLog,
  TicketLogBuilder,
  type TicketLogOptions,
} from '../../simulator/index.ts';

/** Delimiters a CSV export may use, in order of preference on a tie. */
const DELIMITERS = [',', ';', '\t', '|'];

/**
 * Reads a CSV export of tickets or events into a ticket log, streaming: rows go to the builder as
 * they are parsed, so memory grows with the tickets, not with the file. The delimiter is the one
 * that splits the header into the most columns; a byte-order mark is ignored; rows with a
 * different number of fields are rejected one by one (with their line), not fatal.
 *
 * @throws SimulatorError SIM_ERR_INVALID_TICKET_DATA for an empty file, a binary file, a header
 *   without the needed columns (see mapColumns), or no readable row.
 */
export async function readTicketFile(
  path: string,
  options: TicketLogOptions & {
    onProgress?: (bytesRead: number, bytes: number) => void;
    /** How messages name the file (default its path): an upload's temporary path is nobody's business. */
    label?: string;
  } = {},
): Promise<TicketLog> {
  const label = options.label ?? path;
  const head = await firstBytes(path, 64 * 1024);
  if (head.length === 0)
    invalid('file', label, 'a CSV file with a header row and data rows; this one is empty');
  if (head.includes(0))
    invalid('file', label, 'a text CSV file; this one holds binary data (NUL bytes)');
  const firstLine =
    head
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0] ?? '';
  const delimiter = DELIMITERS.reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  const { size } = await stat(path);
  const source = createReadStream(path);
  let bytesRead = 0;
  source.on('data', (chunk) => {
    bytesRead += chunk.length;
    options.onProgress?.(bytesRead, size);
  });
  const parser = source.pipe(
    parse({
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  let builder: TicketLogBuilder | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (builder === null) {
        if (record.length < 2) {
          invalid(
            'header',
            firstLine.slice(0, 200),
            'a header of two or more columns separated by commas, semicolons, tabs or bars',
          );
        }
        builder = new TicketLogBuilder(record, options);
        continue;
      }
      builder.add(record, info.lines);
    }
  } catch (error) {
    // The parser cannot split the rest of the file (a quote never closed): what was read stands,
    // and the rest is reported as one rejected stretch.
    const line = (error as { lines?: number }).lines;
    if (builder === null || line === undefined || isSimulatorError(error)) throw error;
    const code = (error as { code?: string }).code;
    const reason =
      code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted field opened before this line is never closed'
        : (error as Error).message;
    builder.reject(line, `${reason}: the rest of the file could not be read`);
  }
  if (builder === null) invalid('file', label, 'a CSV file with a header row and data rows');
  return builder.finish();
}

async function firstBytes(path: string, count: number): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'this is a directory'
          : (error as Error).message;
    return invalid('file', path, `a readable CSV file (${why})`);
  } finally {
    await handle?.close();
  }
}

function invalid(field: string, value: unknown, expected: string): never {
  throw new SimulatorError(SIM_ERR.INVALID_TICKET_DATA, [{ field, value, expected }]);
}
