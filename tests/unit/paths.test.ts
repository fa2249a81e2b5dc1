import { describe, expect, it } from 'vitest';
import { appPath } from '../../src/app/paths.ts';

// Vitest builds with the default base ("/"), so the router's base is empty here.
describe('appPath', () => {
  it('is the path in the app, without query or fragment', () => {
    expect(appPath('/ko/track/apt')).toBe('/ko/track/apt');
    expect(appPath('/favorites?f=apt,3am#list')).toBe('/favorites');
    expect(appPath('/')).toBe('/');
    expect(appPath('?x')).toBe('/');
  });
});
