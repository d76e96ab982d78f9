#!/usr/bin/env node
// Entry point of the `stafflab` command: loads the TypeScript CLI through tsx.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// The engine's event loop calls a few dozen small methods per ticket; V8's default budget for
// inlining them into one optimised function (920 bytes of bytecode) is spent before the monitor's
// are reached. A larger budget, set before any of the engine is compiled (worker threads share
// it), makes a simulation 5 to 10 % faster (docs/performance.md). Results are the same.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=4000');
register();
const { main } = await import('../server/cli.ts');
process.exitCode = await main(process.argv);
