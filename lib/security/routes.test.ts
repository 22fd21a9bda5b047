import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every API route that changes state must check that the request comes from this site's pages and is
 * JSON: through `readBody` (which does both) or `assertSameOrigin` (lib/classroom/http.ts). The proxy
 * cannot do it for them (it would buffer the body before the route's own limit), so this test holds every
 * route to it, the ones added later included.
 */
const API = path.join(process.cwd(), 'app', 'api');

/** Routes that change nothing whatever the method. */
const CHANGE_NOTHING = new Set(['bad-path/route.ts']);

/**
 * Helpers that build a route's handlers and call `readBody` or `assertSameOrigin` themselves (a route
 * exporting `const POST = helper(…)` passes when it uses one). Add one here only once it does.
 */
const SAME_ORIGIN_HELPERS: readonly string[] = ['articleAction'];

const CHANGES_STATE =
  /export (async )?function (POST|PUT|PATCH|DELETE)\b|export const (POST|PUT|PATCH|DELETE)\b/;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return routeFiles(file);
    return name === 'route.ts' ? [file] : [];
  });
}

describe('API routes that change state', () => {
  const changing = routeFiles(API)
    .map((file) => ({ name: path.relative(API, file), source: readFileSync(file, 'utf8') }))
    .filter((route) => CHANGES_STATE.test(route.source) && !CHANGE_NOTHING.has(route.name));

  it('are all found', () => {
    expect(changing.map((route) => route.name)).toEqual(
      expect.arrayContaining([
        'join/route.ts',
        'live/[code]/answers/route.ts',
        'sessions/route.ts',
        'sessions/[id]/control/route.ts',
        'sessions/[id]/participants/route.ts',
        'articles/route.ts',
        'articles/[id]/route.ts',
        'workspace/route.ts',
      ]),
    );
  });

  it.each(changing.map((route) => [route.name, route.source]))(
    '%s checks Origin and JSON',
    (name, source) => {
      const checks = ['readBody', 'assertSameOrigin', ...SAME_ORIGIN_HELPERS];
      expect(
        checks.some((call) => new RegExp(`\\b${call}\\(`).test(source)),
        name,
      ).toBe(true);
    },
  );
});
