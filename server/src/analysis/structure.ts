// Reports, per section, which parts of Constraint -> Failure mode -> Primary mitigation -> New cost
// the section states, with the span of the first evidence for each.
import type { ConceptMatcher } from './concepts/matcher';
import type { DesignDocument, Section } from './document/model';
import type { SectionStructure, StructurePart } from './types';

const PART_CONCEPTS: Record<StructurePart, string> = {
  constraint: 'constraint',
  failureMode: 'failureStatement',
  mitigation: 'mitigation',
  newCost: 'cost',
};

export function sectionStructure(doc: DesignDocument, concepts: ConceptMatcher, section: Section): SectionStructure {
  const out = {} as SectionStructure;
  for (const part of Object.keys(PART_CONCEPTS) as StructurePart[]) {
    const m = concepts.first(PART_CONCEPTS[part], section.start, section.scopeEnd);
    out[part] = m ? { present: true, range: doc.lines.rangeOf(m.start, m.end), quote: doc.text.slice(m.start, m.end) } : { present: false };
  }
  return out;
}
