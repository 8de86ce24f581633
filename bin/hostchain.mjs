#!/usr/bin/env node
// The `hostchain` command. TypeScript runs through tsx's loader, so there is no build step
// between a clone and a working CLI.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
