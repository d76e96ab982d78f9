import type { Backtest, TicketLogFit } from '../../simulator/index.ts';
import { api } from '../api/client.ts';

/** A data set as listed by GET /api/datasets (server/routes/datasets.ts). */
export interface DatasetSummary {
  id: string;
  name: string;
  createdAt: string;
  tickets: number;
  rows: number;
  rejected: number;
}

/** A data set with its fit (GET /api/datasets/ID, and the answer to an upload). */
export interface Dataset extends DatasetSummary {
  fit: TicketLogFit;
}

/** The answer to POST /api/datasets/ID/scenario: the new scenario's id and what went into it. */
export interface MadeScenario {
  scenarioId: string;
  estimated: string[];
  assumed: string[];
  /** The scenario as kept (its `name` is shown). */
  scenario?: unknown;
}

const path = (id: string) => `/api/datasets/${encodeURIComponent(id)}`;

/** The data sets uploaded, newest first. */
export function listDatasets(): Promise<DatasetSummary[]> {
  return api.request('GET', '/api/datasets');
}

/** One data set and its fit; `signal` abandons the request (another data set was opened). */
export function getDataset(id: string, signal?: AbortSignal): Promise<Dataset> {
  return api.request('GET', path(id), undefined, { signal });
}

/** Uploads a CSV file to `uploadPath` (see column-choices.ts); the server reads and fits it. */
export function uploadDataset(
  uploadPath: string,
  file: Blob,
  signal?: AbortSignal,
): Promise<Dataset> {
  return api.request('POST', uploadPath, file, { contentType: 'text/csv', signal });
}

/** Deletes a data set (the scenarios made from it stay). */
export function deleteDataset(id: string): Promise<null> {
  return api.request('DELETE', path(id));
}

/** Makes a scenario from the fit, planned at the recent volume or a forecast week's (1–52). */
export function makeScenario(id: string, forecastWeek?: number): Promise<MadeScenario> {
  return api.request(
    'POST',
    `${path(id)}/scenario`,
    forecastWeek === undefined ? {} : { forecastWeek },
  );
}

/** Holds out the last `testWeeks` (default: the server's choice), fits the rest, compares. */
export function backtestDataset(
  id: string,
  options: { testWeeks?: number; trainWeeks?: number },
  signal?: AbortSignal,
): Promise<Backtest> {
  return api.request('POST', `${path(id)}/backtest`, options, { signal });
}
