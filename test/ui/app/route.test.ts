import { describe, expect, it } from 'vitest';
import { parseRoute, type Route, routeHash } from '../../../ui/app/route.ts';

describe('hash routes', () => {
  it('reads lists, items and query parameters', () => {
    expect(parseRoute('')).toEqual({ view: 'home', id: null, params: {} });
    expect(parseRoute('#/scenarios')).toEqual({ view: 'scenarios', id: null, params: {} });
    expect(parseRoute('#/runs/abc-1')).toEqual({ view: 'run', id: 'abc-1', params: {} });
    expect(parseRoute('#/data/d%2F1')).toEqual({ view: 'dataset', id: 'd/1', params: {} });
    expect(parseRoute('#/compare?scenario=example-small-service-desk')).toEqual({
      view: 'compare',
      id: null,
      params: { scenario: 'example-small-service-desk' },
    });
  });

  it('sends anything unknown to the home view', () => {
    expect(parseRoute('#/nowhere/x').view).toBe('home');
    expect(parseRoute('#/__proto__').view).toBe('home');
    // A broken %-escape (a link cut short) must not stop the app from opening.
    expect(parseRoute('#/runs/%E0%A4%A')).toEqual({ view: 'home', id: null, params: {} });
  });

  it('writes hashes that read back as the same route', () => {
    const routes: Route[] = [
      { view: 'run', id: 'r 1', params: {} },
      { view: 'scenario', id: 'new', params: { run: 'r1' } },
      { view: 'calculator', id: null, params: { arrivals: '60', work: '12' } },
      { view: 'home', id: null, params: {} },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
    expect(routeHash({ view: 'run', id: 'r1' })).toBe('#/runs/r1');
  });
});
