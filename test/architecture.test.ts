import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(new URL('..', import.meta.url).pathname);

function sourceFiles(dir: string): string[] {
  const full = join(root, dir);
  try {
    statSync(full);
  } catch {
    return [];
  }
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mts|js|mjs)$/.test(file))
    .map((file) => join(full, file));
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const pattern =
    /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...text.matchAll(pattern)].map((m) => (m[1] ?? m[2]) as string);
}

function target(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return relative(root, resolve(file, '..', specifier));
}

describe('dependency direction', () => {
  it('the import scanner finds imports (guard against a scanner that sees nothing)', () => {
    const all = sourceFiles('simulator').flatMap(imports);
    expect(all.length).toBeGreaterThan(50);
  });

  it('simulator/ imports nothing from server/ or ui/, and no Node built-ins', () => {
    for (const file of sourceFiles('simulator')) {
      for (const specifier of imports(file)) {
        expect(specifier, `${relative(root, file)} imports ${specifier}`).not.toMatch(
          /^node:|^(fs|path|os|child_process|worker_threads)$/,
        );
        const to = target(file, specifier);
        if (to !== null)
          expect(to, `${relative(root, file)} imports ${to}`).toMatch(/^simulator\//);
      }
    }
  });

  it('server/ and ui/ import the simulator only through simulator/index.ts', () => {
    for (const dir of ['server', 'ui']) {
      for (const file of sourceFiles(dir)) {
        for (const specifier of imports(file)) {
          const to = target(file, specifier);
          if (to?.startsWith('simulator/'))
            expect(to, `${relative(root, file)} imports ${to}`).toBe('simulator/index.ts');
        }
      }
    }
  });

  it('ui/ never imports server/', () => {
    for (const file of sourceFiles('ui')) {
      for (const specifier of imports(file)) {
        expect(
          target(file, specifier) ?? '',
          `${relative(root, file)} imports ${specifier}`,
        ).not.toMatch(/^server\//);
      }
    }
  });

  it('ui/ runs in a browser: no Node built-ins; only ui/api/client.ts talks to the server', () => {
    for (const file of sourceFiles('ui')) {
      const name = relative(root, file);
      for (const specifier of imports(file)) {
        expect(specifier, `${name} imports ${specifier}`).not.toMatch(/^node:/);
      }
      if (name !== join('ui', 'api', 'client.ts')) {
        const text = readFileSync(file, 'utf8');
        expect(
          /\bfetch\(|XMLHttpRequest|EventSource\(/.test(text),
          `${name} calls the server itself`,
        ).toBe(false);
      }
    }
  });
});
