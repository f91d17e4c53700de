// Decides whether a document proposes a design (doc-level rules apply only then) and whether a section
// proposes components or decisions (section-level structure rules apply only then).
import type { ConceptMatcher } from './concepts/matcher';
import type { DesignDocument, Section } from './document/model';

/** A document proposes a design when it uses plan language ("we will", "I would", "we propose"). */
export function isDesignProposal(doc: DesignDocument, concepts: ConceptMatcher): boolean {
  return concepts.all('designProposal').length >= 2;
}

/** A section is design content when a sentence in its own text both proposes and decides something. */
export function isDesignSection(doc: DesignDocument, concepts: ConceptMatcher, section: Section): boolean {
  const end = section.ownEnd;
  for (const p of concepts.in('designProposal', section.start, end)) {
    if (concepts.inSentence('designDecision', p.sentence)) return true;
  }
  return false;
}
