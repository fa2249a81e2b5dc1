// Every route of the production build, discovered from dist/ (so pages added later are checked too).
import fs from 'node:fs';
import { prerenderedPages } from '../../tools/budget.ts';

export const DIST = 'dist';

export interface Route {
  path: string;
  status: number;
}

/** Every prerendered page, plus an unknown path (served 404.html with status 404) when the build has one. */
export function allRoutes(): Route[] {
  const routes = prerenderedPages(DIST).map(({ path }) => ({ path, status: 200 }));
  if (fs.existsSync(`${DIST}/404.html`)) routes.push({ path: '/no-such-page', status: 404 });
  return routes;
}
