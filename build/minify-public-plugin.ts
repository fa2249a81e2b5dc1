// Scripts in public/ (the before-paint start.js) are copied to the output as written, comments and all. This
// minifies them there, like the rest of the JS: start.js blocks the first paint, and is part of every first visit.
import fs from 'node:fs';
import path from 'node:path';
import { minifySync, type Plugin } from 'vite';

export function minifyPublicScripts(files: readonly string[]): Plugin {
  let outDir = '';
  return {
    name: 'rosie-minify-public-scripts',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // After the public folder is copied, before vite-plugin-pwa lists the files (closeBundle) with their hashes.
    writeBundle() {
      for (const name of files) {
        const file = path.join(outDir, name);
        const { code, errors } = minifySync(name, fs.readFileSync(file, 'utf8'));
        if (errors.length > 0) this.error(`${name}: ${errors.map((e) => e.message).join('; ')}`);
        fs.writeFileSync(file, code);
      }
    },
  };
}
