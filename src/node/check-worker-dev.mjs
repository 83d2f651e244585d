// Runs the worker from the TypeScript sources (when the command is not compiled: tests, tsx).
import { register } from 'tsx/esm/api';

register();
await import('./check-worker.ts');
