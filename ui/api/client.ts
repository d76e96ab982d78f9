import { createParser } from 'eventsource-parser';

/** The error shape every API route answers with (server/errors.ts). */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  error: string;
  message: string;
}

/** An API request that failed: the server's code and message, or a network failure (status 0). */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
  }
}

export type RunStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface RunProgress {
  done: number;
  total: number;
  elapsedSeconds: number;
  etaSeconds: number | null;
}

export interface RunSummary {
  id: string;
  kind: string;
  scenarioId: string | null;
  scenarioName: string | null;
  status: RunStatus;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  progress: RunProgress | null;
}

export interface Run extends RunSummary {
  result: unknown;
  /** What was asked: `scenario` (the scenario itself) and the run's options. */
  request: { scenario?: unknown; [option: string]: unknown } | null;
}

export interface ScenarioEntry {
  id: string;
  name: string;
  version: number;
  readOnly: boolean;
  updatedAt: string;
  /** The scenario's story; null when it has none. */
  description: string | null;
}

export interface StoredScenario {
  id: string;
  name: string;
  version: number;
  readOnly: boolean;
  createdAt: string;
  updatedAt: string;
  scenario: unknown;
}

/** Where the API token (when the server needs one) is kept: this browser tab only. */
const TOKEN_KEY = 'stafflab.apiToken';

/**
 * The one module that talks to the server. Every call returns the parsed body or throws an
 * ApiRequestError carrying the server's code and message, so views can show what to do.
 */
export class ApiClient {
  readonly base: string;
  constructor(base = '') {
    this.base = base;
  }

  get token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  set token(value: string | null) {
    if (value === null || value === '') sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, value);
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const token = this.token;
    return token === null ? extra : { ...extra, authorization: `Bearer ${token}` };
  }

  /** A JSON request; `body` is sent as JSON unless it is a string or a Blob (sent as it is). */
  async request<T>(
    method: string,
    path: string,
    body?: unknown,
    init: { contentType?: string; signal?: AbortSignal } = {},
  ): Promise<T> {
    const raw = typeof body === 'string' || body instanceof Blob;
    const headers =
      body === undefined
        ? this.headers()
        : this.headers({ 'content-type': init.contentType ?? 'application/json' });
    let response: Response;
    try {
      response = await fetch(this.base + path, {
        method,
        headers,
        body: body === undefined ? undefined : raw ? (body as BodyInit) : JSON.stringify(body),
        signal: init.signal,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiRequestError(
        0,
        'NETWORK',
        'the server did not answer: check that stafflab is running (npm start) and reload',
      );
    }
    const text = await response.text();
    const parsed: unknown = text === '' ? null : safeJson(text);
    if (!response.ok) {
      if (response.status === 401) window.dispatchEvent(new CustomEvent('sl-unauthorised'));
      const error = parsed as Partial<ApiErrorBody> | null;
      throw new ApiRequestError(
        response.status,
        error?.code ?? `HTTP_${response.status}`,
        error?.message ?? (text || response.statusText),
      );
    }
    return parsed as T;
  }

  listScenarios(): Promise<ScenarioEntry[]> {
    return this.request('GET', '/api/scenarios');
  }
  getScenario(id: string, signal?: AbortSignal): Promise<StoredScenario> {
    return this.request('GET', `/api/scenarios/${encodeURIComponent(id)}`, undefined, { signal });
  }
  createScenario(scenario: unknown): Promise<StoredScenario> {
    return this.request('POST', '/api/scenarios', { scenario });
  }
  updateScenario(id: string, version: number, scenario: unknown): Promise<StoredScenario> {
    return this.request('PUT', `/api/scenarios/${encodeURIComponent(id)}`, { version, scenario });
  }
  deleteScenario(id: string): Promise<null> {
    return this.request('DELETE', `/api/scenarios/${encodeURIComponent(id)}`);
  }
  duplicateScenario(id: string): Promise<StoredScenario> {
    return this.request('POST', `/api/scenarios/${encodeURIComponent(id)}/duplicate`, {});
  }

  startRun(request: Record<string, unknown>): Promise<{ id: string; status: RunStatus }> {
    return this.request('POST', '/api/runs', request);
  }
  listRuns(): Promise<RunSummary[]> {
    return this.request('GET', '/api/runs');
  }
  getRun(id: string, signal?: AbortSignal): Promise<Run> {
    return this.request('GET', `/api/runs/${encodeURIComponent(id)}`, undefined, { signal });
  }
  cancelRun(id: string): Promise<RunSummary> {
    return this.request('POST', `/api/runs/${encodeURIComponent(id)}/cancel`, {});
  }

  /**
   * Follows a run's Server-Sent Events until its status event, calling `onProgress` for each
   * progress event. Read with fetch rather than EventSource so that the token header is sent.
   * Resolves with the final status; rejects on a network failure (not when aborted: resolves null).
   */
  async followRun(
    id: string,
    onProgress: (progress: RunProgress) => void,
    signal?: AbortSignal,
  ): Promise<{ status: RunStatus; error: string | null } | null> {
    let response: Response;
    try {
      response = await fetch(`${this.base}/api/runs/${encodeURIComponent(id)}/events`, {
        headers: this.headers({ accept: 'text/event-stream' }),
        signal,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') return null;
      throw new ApiRequestError(0, 'NETWORK', 'lost the connection to the server while waiting');
    }
    if (!response.ok || response.body === null) {
      const body = safeJson(await response.text()) as Partial<ApiErrorBody> | null;
      throw new ApiRequestError(
        response.status,
        body?.code ?? `HTTP_${response.status}`,
        body?.message ?? response.statusText,
      );
    }
    let final: { status: RunStatus; error: string | null } | null = null;
    const parser = createParser({
      onEvent(event) {
        const data = safeJson(event.data);
        if (event.event === 'progress') onProgress(data as RunProgress);
        if (event.event === 'status') final = data as { status: RunStatus; error: string | null };
      },
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parser.feed(value);
      }
    } catch (error) {
      if ((error as Error).name === 'AbortError') return null;
      throw new ApiRequestError(0, 'NETWORK', 'lost the connection to the server while waiting');
    }
    return final;
  }
}

/**
 * The message to show for a failed call: the server's own (it names the field and says what to
 * do), or the error's text for anything else.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The app's client: same origin as the page. */
export const api = new ApiClient();
