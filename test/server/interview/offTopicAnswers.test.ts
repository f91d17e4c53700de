// A weak answer gets a sharper follow-up (issue 4): an answer about something else never closes the question it
// was given. Checked on the first three questions of every labelled design answer, with answers that state
// nothing ("It will be fine."), talk of another thing ("Bananas are yellow.") or give a buzzword for a reason
// ("We use MongoDB because it is flexible.").
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyseDocument } from '../../../server/src/interview/analysedText';
import { judgeAnswer } from '../../../server/src/interview/answerVerdict';
import { documentGaps } from '../../../server/src/interview/documentGaps';
import { InterviewSession } from '../../../server/src/interview/session';
import { readLabels } from './qualityMatching';

const ROOT = path.join(__dirname, '../../fixtures/interview');
const OFF_TOPIC = ['It will be fine.', 'Bananas are yellow.', 'We use MongoDB because it is flexible.'];

describe('an off-topic answer closes no question', () => {
  const sets = fs.readdirSync(ROOT).filter((d) => fs.existsSync(path.join(ROOT, d, 'labels.json')));
  let judged = 0;
  const closed: string[] = [];
  for (const set of sets) {
    for (const label of readLabels(path.join(ROOT, set))) {
      const text = fs.readFileSync(path.join(ROOT, set, label.file), 'utf8');
      const document = analyseDocument(text);
      const gaps = documentGaps(document).gaps;
      const session = InterviewSession.start({ source: { kind: 'document', text, name: label.file }, persona: 'neutral', level: 'senior', minutes: 45 }, () => 0);
      const plan = (session.toJSON() as unknown as { plan: string[] }).plan.slice(0, 3);
      for (const key of plan) {
        const gap = gaps.find((g) => g.key === key);
        if (!gap) continue;
        for (const answer of OFF_TOPIC) {
          judged++;
          if (judgeAnswer({ gap, answers: [answer], document }).verdict.strong) closed.push(`${set}/${label.file} ${key}: "${answer}"`);
        }
      }
    }
  }

  it(`on the first three questions of every labelled answer (${judged} judgements)`, () => {
    assert.ok(judged > 2000, `only ${judged} judgements`);
    assert.deepStrictEqual(closed, []);
  });
});
