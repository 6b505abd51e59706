#!/usr/bin/env node
// Entry point for the `binhdang` command: loads the TypeScript CLI in this same process via tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
