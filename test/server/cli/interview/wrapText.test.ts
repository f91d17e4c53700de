import * as assert from 'assert';
import * as path from 'path';
import { PassThrough } from 'stream';
import { parseArgs } from '../../../../server/src/cli/args';
import { wrapLine, wrapText } from '../../../../server/src/cli/interview/wrapText';
import { runInterview } from '../../../../server/src/cli/interviewCommand';

describe('terminal wrapping', () => {
  it('breaks a long bullet at spaces and hangs the continuation under its text', () => {
    const line = '  1. Give every queue its failure semantics: backlog, replay, duplicates, poison messages, the alarm.';
    const wrapped = wrapLine(line, 40).split('\n');
    assert.ok(wrapped.every((l) => l.length <= 40), JSON.stringify(wrapped));
    assert.strictEqual(wrapped[0], '  1. Give every queue its failure');
    assert.ok(wrapped.slice(1).every((l) => l.startsWith('     ') && !l.startsWith('      ')), JSON.stringify(wrapped));
    assert.strictEqual(wrapped.map((l) => l.trim()).join(' '), line.trim(), 'no word lost or changed');
  });

  it('hangs an answer line under its text ("     A: ...") and leaves short lines and empty lines alone', () => {
    const text = 'Debrief\n\n     A: The constraint is that inventory must never be decremented twice for one order.\nok';
    const out = wrapText(text, 50).split('\n');
    assert.deepStrictEqual(out.slice(0, 2), ['Debrief', '']);
    assert.ok(out[3].startsWith('        ') && !out[3].startsWith('         '), JSON.stringify(out));
    assert.strictEqual(out[out.length - 1], 'ok');
  });

  it('a word longer than the width stays whole on its own line', () => {
    const word = 'x'.repeat(60);
    assert.deepStrictEqual(wrapLine(`  - ${word} end`, 30).split('\n'), [`  - ${word}`, '    end']);
  });
});

describe('tradeoff interview in a terminal', () => {
  it('wraps the debrief to the terminal width; piped output stays unwrapped', async () => {
    const dir = path.join(__dirname, '..', '..', '..', 'fixtures', 'interview', 'cli');
    const run = async (tty: boolean) => {
      const stdout = Object.assign(new PassThrough(), tty ? { isTTY: true, columns: 60 } : {});
      let out = '';
      stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      const command = parseArgs(['interview', 'order-service.md', '--answers', 'answers.txt']);
      const code = await runInterview(command as Parameters<typeof runInterview>[0], { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {}, cwd: dir });
      assert.strictEqual(code, 0);
      return out.slice(out.indexOf('Debrief'));
    };
    const wrapped = await run(true);
    const piped = await run(false);
    assert.ok(wrapped.split('\n').every((l) => l.length <= 59), 'every debrief line fits 59 columns');
    assert.ok(piped.split('\n').some((l) => l.length > 59), 'piped lines are left long');
    assert.strictEqual(wrapped.replace(/\s+/g, ' '), piped.replace(/\s+/g, ' '), 'the same words');
  });
});
