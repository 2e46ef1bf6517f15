import { runCli } from './run-cli';

// tsx articles/publish/cli.ts [--articles DIR] [--out DIR]
process.exitCode = await runCli(process.argv.slice(2), { cwd: process.cwd(), stdout: console.log, stderr: console.error });
