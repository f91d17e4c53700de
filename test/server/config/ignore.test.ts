import * as assert from 'assert';
import * as path from 'path';
import { isIgnored } from '../../../server/src/config';

const base = path.resolve('/repo');
const ignored = (rel: string, ...patterns: string[]) => isIgnored(path.join(base, rel), patterns.map((pattern) => ({ baseDir: base, pattern })));

describe('ignore globs', () => {
  it('anchors a glob with a slash at the config directory', () => {
    assert.strictEqual(ignored('drafts/a.md', 'drafts/*.md'), true);
    assert.strictEqual(ignored('docs/drafts/a.md', 'drafts/*.md'), false);
    assert.strictEqual(ignored('drafts/deep/a.md', 'drafts/*.md'), false);
    assert.strictEqual(ignored('drafts/deep/a.md', 'drafts/**'), true);
  });

  it('matches a glob without a slash at any depth', () => {
    assert.strictEqual(ignored('CHANGELOG.md', 'CHANGELOG.md'), true);
    assert.strictEqual(ignored('packages/x/CHANGELOG.md', 'CHANGELOG.md'), true);
    assert.strictEqual(ignored('docs/a.draft.md', '*.draft.md'), true);
    assert.strictEqual(ignored('docs/a.md', '*.draft.md'), false);
  });

  it('ignores everything under a matched directory', () => {
    assert.strictEqual(ignored('vendor/lib/README.md', 'vendor'), true);
    assert.strictEqual(ignored('vendor/lib/README.md', 'vendor/'), true);
    assert.strictEqual(ignored('src/vendor/x.md', 'vendor'), true);
    assert.strictEqual(ignored('vendors.md', 'vendor'), false);
  });

  it('accepts a leading ./ and matches dot files', () => {
    assert.strictEqual(ignored('drafts/a.md', './drafts/**'), true);
    assert.strictEqual(ignored('.github/PULL_REQUEST_TEMPLATE.md', '.github/**'), true);
    assert.strictEqual(ignored('docs/.hidden.md', 'docs/*'), true);
  });

  it('re-includes with a later "!" glob, and the last match wins', () => {
    assert.strictEqual(ignored('drafts/keep.md', 'drafts/**', '!drafts/keep.md'), false);
    assert.strictEqual(ignored('drafts/other.md', 'drafts/**', '!drafts/keep.md'), true);
    assert.strictEqual(ignored('drafts/keep.md', '!drafts/keep.md', 'drafts/**'), true);
    assert.strictEqual(ignored('docs/a.md', '!docs/a.md'), false);
  });

  it('never matches files outside the config directory', () => {
    assert.strictEqual(isIgnored(path.resolve('/elsewhere/a.md'), [{ baseDir: base, pattern: '**' }]), false);
    assert.strictEqual(isIgnored(path.resolve('/repo-other/a.md'), [{ baseDir: base, pattern: '**' }]), false);
  });

  it('ignores nothing without globs', () => {
    assert.strictEqual(ignored('a.md'), false);
  });
});
