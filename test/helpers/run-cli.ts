import type { Output } from '../../server/cli/output.ts';
import { main } from '../../server/cli.ts';

/** Runs the `stafflab` command line in-process and captures its exit code, stdout and stderr. */
export async function runCli(
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const output: Output = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    interactive: false,
  };
  const code = await main(['node', 'stafflab', ...args], output);
  return { code, out, err };
}
