#!/usr/bin/env node
// The `duizhao` command: the same engine as the app, without a window.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../main/cli/index.ts');
process.exitCode = await runCli(process.argv.slice(2));
