// The language-server process of this extension host (the tests run on the same machine as code-server).
import { execFileSync } from 'child_process';
import * as path from 'path';
import { tradeoffExtension } from './workspace';

/** Pids of this extension host's children running the extension's dist/server.js (other helpers' servers are not ours). */
export function serverPids(): number[] {
  const script = path.join(tradeoffExtension().extensionPath, 'dist', 'server.js');
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  const pids: number[] = [];
  for (const line of table.split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (m && Number(m[2]) === process.pid && m[3].includes(script)) pids.push(Number(m[1]));
  }
  return pids;
}
