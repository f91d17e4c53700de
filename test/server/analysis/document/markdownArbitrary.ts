// fast-check generator of random markdown documents assembled from real markdown fragments (headings,
// lists, fences, tables, comments, HTML, front matter, prose with trigger words) and random text, with
// random line endings. Shared by the chunking and analyze() property tests.
import * as fc from 'fast-check';

const LINES = [
  // Headings (ATX, closed, indented, empty, not-a-heading) and setext underlines.
  '# Design', '## Storage', '### Read path ###', '#### Caching #', '   # Indented heading', '#', '# ', '#NoSpace', '###### Six', '####### Seven',
  'Setext title', '===', '---', '- - -', '***',
  // Prose with trigger words and sentence-splitting traps.
  'Writes go to the primary, so the feed is eventually consistent.',
  'Users may see a stale like count for up to 5 s; payments read from the primary.',
  'We put a Kafka queue between the API and the workers, e.g. for spikes. Then we shard by user id.',
  'The service runs in three availability zones, so it is highly available (99.9%).',
  'Version v1.2 costs 3.5 ms at p99, i.e. fine. J. Smith agreed, etc. Next we add a cache.',
  'See https://example.com/a_(b). Or www.example.org, or <https://x.y/z>.',
  'A [link](https://example.com "title") and ![image](a.png) and `code | pipe` and <b>bold</b>.',
  'Inline <!-- tradeoff-disable-next-line eventual-consistency-unqualified --> comment.',
  'We put a Kafka queue between the API and the workers so that spikes do not reach the database.',
  'When the orders table grows we would shard the database by user id.',
  'We will add a Redis cache in front of Postgres and read replicas for the timeline.',
  'Improvements: add a cache, add read replicas, batch the writes, split the monolith, add rate limiting.',
  '## Proposed design', '## Scaling', '## Improvements',
  'Hard break at the end  ', 'Backslash break\\', 'Trailing text with a \\| pipe and a \\` tick',
  // Lists.
  '- item one', '- [ ] task item', '- [x] done item', '* star item', '+ plus item', '1. first', '2) second', '10. tenth',
  '  - nested item', '    - deeper item', '  1. nested ordered', '- - double marker', '- # heading in item', '- > quote in item',
  '   continuation text',
  // Fences and code.
  '```', '```js', '~~~', '````', '  ```', '    ```', '```not`a`fence', '    indented code', '\tTabbed code',
  '# comment inside what may be code',
  // Tables.
  '| a | b |', '|---|---|', '| `x|y` | z |', '| cell \\| escaped | two | three |', 'a | b', '--- | ---',
  // Comments and HTML blocks.
  '<!-- tradeoff-disable -->', '<!-- tradeoff-enable -->', '<!-- tradeoff-disable-file -->', '<!--', '-->', '<!-- one line -->',
  '<div>', '</div>', '<details>', '<script>', '</script>', '<custom-element>', '<?php', '?>', '<![CDATA[', ']]>', '<!DOCTYPE html>',
  // Quotes and front matter fences.
  '> quoted eventual consistency', '>> nested quote', '> # quoted heading', '> ```', '+++', '...',
  '', '', '', '',
];

const WEIRD = ['é', '日本語', '😀', '\u00a0', '\uFEFF', '\u2028', '\t', '\\', '`', '](', '<', '>', '|', '*', '_', '[', ']', '(', ')', '\0'];

/** One line: a fragment, random text, or a fragment with random characters spliced in. */
const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LINES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...WEIRD, 'a', ' ', 'eventual consistency'), { maxLength: 12 }).map((xs) => xs.join('')) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...LINES), fc.constantFrom(...WEIRD)).map(([l, w]) => l.slice(0, l.length >> 1) + w + l.slice(l.length >> 1)),
  },
);

/** A random markdown document; line endings are \n, \r\n, \r or mixed. */
export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.array(line, { maxLength: 60 }),
    fc.constantFrom<'\n' | '\r\n' | '\r' | 'mixed'>('\n', '\n', '\r\n', '\r', 'mixed'),
    fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 60, maxLength: 60 }),
    fc.boolean(),
  )
  .map(([frontMatter, lines, eol, mixed, finalBreak]) => {
    const all = frontMatter ? ['---', 'title: x', '# yaml comment', '---', ...lines] : lines;
    let out = '';
    all.forEach((l, i) => {
      out += l;
      if (i < all.length - 1 || finalBreak) out += eol === 'mixed' ? mixed[i % mixed.length] : eol;
    });
    return out;
  });
