#!/usr/bin/env node
// The `falc` command. The project is written in TypeScript: tsx loads it without a build step.
import { register } from 'tsx/esm/api';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  process.stderr.write(
    `falc a besoin de Node 22 ou plus (vous avez Node ${process.versions.node}). Lancez-le avec « npx falc » ou « npm run check » dans le dossier du projet.\n`,
  );
  process.exit(2);
}
register();
await import('../src/cli/index.ts');
