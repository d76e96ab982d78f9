import { describe, expect, it } from 'vitest';
import { LOG_FIELDS } from '../../../simulator/index.ts';
import {
  chooseColumn,
  FIELD_GROUPS,
  mappingState,
  nameFromFile,
  uploadPath,
  withoutCliAdvice,
} from '../../../ui/data/column-choices.ts';

// The header of /work/shared/data/helpdesk-event-log.csv (a Disco export, see its README).
const EVENT_LOG = [
  'concept:name',
  'lifecycle:transition',
  'org:resource',
  'time:timestamp',
  'Activity',
  'Resource',
  'case:concept:name',
  'case:variant',
  'case:variant-index',
  'case:creator',
];

describe('FIELD_GROUPS', () => {
  it('offers every field a column can be mapped to, once', () => {
    const fields = FIELD_GROUPS.flatMap((g) => g.fields.map((f) => f.field));
    expect([...fields].sort()).toEqual([...LOG_FIELDS].sort());
  });
});

describe('mappingState', () => {
  it('guesses the columns of the real event log as its README names them', () => {
    const state = mappingState(EVENT_LOG, {});
    expect(state.error).toBeNull();
    expect(state.mapping?.shape).toBe('events');
    expect(state.columnOf).toEqual({
      id: 'case:concept:name',
      activity: 'Activity',
      timestamp: 'time:timestamp',
      resource: 'Resource',
    });
  });

  it("puts the analyst's choices first and guesses the rest", () => {
    const state = mappingState(['Number', 'Ref', 'Created', 'Assigned to'], { id: 'Ref' });
    expect(state.mapping?.shape).toBe('tickets');
    expect(state.columnOf).toEqual({ id: 'Ref', opened: 'Created', assignee: 'Assigned to' });
    expect(state.mapping?.guessed).not.toContain('id');
  });

  it('says which required column is missing instead of throwing', () => {
    const state = mappingState(['a', 'b'], {});
    expect(state.mapping).toBeNull();
    expect(state.error).toMatch(/id and opened not found: choose the column of “Ticket id” below$/);
    expect(mappingState(['a', 'b'], { id: 'a', opened: 'b' }).error).toBeNull();
  });
});

describe('withoutCliAdvice', () => {
  it("says the CLI's --map advice as the page's, and leaves other messages alone", () => {
    expect(withoutCliAdvice('x; opened not found: name the column with --map opened=COLUMN')).toBe(
      'x; opened not found: choose the column of “Opened at” below',
    );
    expect(withoutCliAdvice('expected 2024-03-04 09:15 (or give --date-format)')).toBe(
      'expected 2024-03-04 09:15 (or fill in “Date format”)',
    );
    expect(withoutCliAdvice('map.group: got "Team"')).toBe('map.group: got "Team"');
  });
});

describe('chooseColumn', () => {
  it("sets a field's column, and the empty choice goes back to guessing", () => {
    expect(chooseColumn({}, 'group', 'Team')).toEqual({ group: 'Team' });
    expect(chooseColumn({ group: 'Team', id: 'Ref' }, 'group', '')).toEqual({ id: 'Ref' });
  });
});

describe('uploadPath', () => {
  it('carries the name, the time zone and the map as JSON, and leaves out what is empty', () => {
    expect(
      uploadPath({ name: ' Desk ', timeZone: 'Europe/Rome', dateFormat: '', map: { id: 'Ref' } }),
    ).toBe('/api/datasets?name=Desk&timezone=Europe%2FRome&map=%7B%22id%22%3A%22Ref%22%7D');
    expect(uploadPath({ name: '', timeZone: '', dateFormat: 'dd/MM/yyyy HH:mm', map: {} })).toBe(
      '/api/datasets?timezone=UTC&dateFormat=dd%2FMM%2Fyyyy+HH%3Amm',
    );
  });
});

describe('nameFromFile', () => {
  it('drops the extension', () => {
    expect(nameFromFile('helpdesk-event-log.csv')).toBe('helpdesk-event-log');
    expect(nameFromFile('export.2024.txt')).toBe('export.2024');
    expect(nameFromFile('tickets')).toBe('tickets');
  });
});
