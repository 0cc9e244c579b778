// The web host as a process: `node --import tsx main/webhost/main.ts [--port N] [--fallback-reason TEXT]`.
// Prints exactly one line on stdout, the URL to open (token included); everything else goes to stderr.
import { parseArgs } from 'node:util';
import { resolveDataHome } from '../common/data-home';
import { describeError } from '../common/errors';
import { serveWebHost } from './serve';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'fallback-reason': { type: 'string' },
      'autosave-ms': { type: 'string' },
    },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}".`);
  const host = await serveWebHost({
    dataHome: resolveDataHome(),
    port,
    fallbackReason: values['fallback-reason'],
    autosaveDelayMs: values['autosave-ms'] === undefined ? undefined : Number(values['autosave-ms']),
  });
  process.stdout.write(host.pageUrl + '\n');
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    // Flushes pending autosaves before leaving.
    host.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  process.stderr.write(`duizhao web host: ${describeError(error)}\n`);
  process.exit(1);
});
