/** The views of the app; each has a hash address, so every screen can be linked to and reloaded. */
export const VIEWS = [
  'home',
  'calculator',
  'scenarios',
  'scenario',
  'runs',
  'run',
  'compare',
  'sweep',
  'data',
  'dataset',
] as const;
export type View = (typeof VIEWS)[number];

/** Where the app is: a view, its id (a scenario, run or data set) and its query parameters. */
export interface Route {
  view: View;
  id: string | null;
  params: Record<string, string>;
}

/** The views addressed as `#/<prefix>/<id>`, and the list each belongs to. */
const ITEM_VIEWS: Record<string, View> = { scenarios: 'scenario', runs: 'run', data: 'dataset' };
const LIST_VIEWS: Partial<Record<View, string>> = {
  scenario: 'scenarios',
  run: 'runs',
  dataset: 'data',
};

/**
 * Reads a location hash: `#/runs/abc?x=1` → { view: 'run', id: 'abc', params: { x: '1' } }.
 * Anything unknown is the home view, so an old or mistyped link still opens the app.
 *
 * @example
 * parseRoute('#/scenarios/example-small-service-desk') // => { view: 'scenario', id: 'example-small-service-desk', params: {} }
 */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const params = Object.fromEntries(new URLSearchParams(query));
  const [first = '', ...rest] = path.split('/').filter((part) => part !== '');
  const id = rest.length > 0 ? safeDecode(rest.join('/')) : null;
  if (id === undefined) return { view: 'home', id: null, params: {} };
  const item = ITEM_VIEWS[first];
  if (item !== undefined && id !== null) return { view: item, id, params };
  const view = (VIEWS as readonly string[]).includes(first) ? (first as View) : 'home';
  return { view, id: null, params };
}

/**
 * The hash of a route: the inverse of parseRoute.
 *
 * @example
 * routeHash({ view: 'run', id: 'r1', params: {} }) // => '#/runs/r1'
 */
export function routeHash(route: {
  view: View;
  id?: string | null;
  params?: Record<string, string | number>;
}): string {
  const list = LIST_VIEWS[route.view];
  const path =
    route.view === 'home'
      ? ''
      : list !== undefined && route.id !== null && route.id !== undefined
        ? `${list}/${encodeURIComponent(route.id)}`
        : route.view;
  const entries = Object.entries(route.params ?? {}).map(([k, v]) => [k, String(v)]);
  const query = entries.length > 0 ? `?${new URLSearchParams(entries).toString()}` : '';
  return `#/${path}${query}`;
}

/** The decoded text, or undefined for a broken %-escape (a mistyped link opens the home view). */
function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
