// A decision the system takes on its own, given with no price: "conflicts resolve last-writer-wins", "claims
// under £500 are auto-approved", "after 12 s we automatically resend through the next provider". It is the
// section's mitigation, and a strong interviewer asks what it costs when it is wrong. The linter's
// mitigation-without-cost knows generic measures (caches, replicas, retries), not a domain's own decisions.
import { sentenceAt } from '../analysis/document/model';
import { firstCostStatement } from '../analysis/structure';
import type { Finding } from '../analysis/types';
import type { AnalysedText } from './analysedText';
import { mayHoldDesign } from './sectionRoles';

const MISSING = ['the new cost (what the automatic decision gets wrong, how often, and who notices)'];

/** Last-writer-wins and its spellings: the question asks whose change is lost. */
const LAST_WRITER_WINS = /^(?:last|LWW)/i;

/** A decision the sentence rules out ("we do not use last-write-wins", "instead of auto-approving"). */
const RULED_OUT = /\b(?:not|n['’]t|never|no\s+longer|instead\s+of|rather\s+than|without|avoid)\s+(?:[\w-]+\s+){0,2}$/i;

/** One finding per design section whose own text takes an automatic decision and says nothing of its cost. */
export function unpricedAutomaticDecisionFindings(source: AnalysedText): Finding[] {
  const { doc, concepts } = source;
  if (!doc || !concepts) return [];
  const end = source.sourceLength;
  const out: Finding[] = [];
  source.analysis.sections.forEach((report, index) => {
    const section = doc.sections[index];
    if (!section.heading || section.start >= end) return;
    // A policy section ("Handling late returns") names no component, but a decision taken there is design all the same.
    if (!mayHoldDesign(doc, concepts, report.describesDesign, section)) return;
    const from = section.heading.end;
    const to = Math.min(section.ownEnd, end);
    // Not negatable in the vocabulary: "with no reply in 14 days we automatically close" takes the decision.
    const decision = concepts.in('automaticDecision', from, to).find((m) => !RULED_OUT.test(doc.evidence.slice(Math.max(from, m.start - 40), m.start)));
    if (!decision) return;
    // Its price is said where it is taken (its paragraph or list item): "the estimated penalty" in the next bullet prices something else.
    const block = doc.sentences[sentenceAt(doc, decision.start)]?.block;
    const said = block === undefined ? { start: from, end: to } : doc.blocks[block];
    if (firstCostStatement(doc, concepts, said.start, said.end)) return;
    const written = concepts.textOf(decision);
    const question = LAST_WRITER_WINS.test(written)
      ? `Whose change does ${written} silently lose, how would they find out, and what does a skewed clock do to it?`
      : 'When that automatic decision is wrong, what does it cost, who notices, and how is it undone?';
    out.push({
      rule: 'mitigation-without-cost',
      severity: 'information',
      message: `"${written}" is an automatic decision given without its cost: what happens when it is wrong?`,
      range: doc.lines.rangeOf(decision.start, decision.end),
      data: { start: decision.start, end: decision.end, trigger: written, missing: [...MISSING], interviewSide: true, question },
    });
  });
  return out;
}
