import * as assert from 'assert';
import { parseFileSize } from '../../../server/src/config';

describe('parseFileSize', () => {
  it('reads bytes and 1024-based units, case-insensitively, with optional spaces', () => {
    assert.strictEqual(parseFileSize('100'), 100);
    assert.strictEqual(parseFileSize('100B'), 100);
    assert.strictEqual(parseFileSize('2MB'), 2 * 1024 * 1024);
    assert.strictEqual(parseFileSize('2 mb'), 2 * 1024 * 1024);
    assert.strictEqual(parseFileSize('512 KB'), 512 * 1024);
    assert.strictEqual(parseFileSize('512k'), 512 * 1024);
    assert.strictEqual(parseFileSize('1GiB'), 1024 ** 3);
    assert.strictEqual(parseFileSize('1.5MB'), 1.5 * 1024 * 1024);
    assert.strictEqual(parseFileSize('.5 KB'), 512);
  });

  it('rejects what is not a size', () => {
    for (const text of ['', 'MB', 'two MB', '2 parsecs', '-1MB', '1,5MB', '2 M B', '1e6']) assert.strictEqual(parseFileSize(text), undefined, text);
  });
});
