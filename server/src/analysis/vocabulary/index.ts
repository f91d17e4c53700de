// The built-in vocabulary: one JSON file per group of concepts, merged with the user's extra terms.
import { AnchorTable } from '../concepts/anchorTable';
import { compileConcept, type CompiledConcept, type ConceptDefinition } from './compile';
import language from './language.json';
import structure from './structure.json';
import consistency from './consistency.json';
import queues from './queues.json';
import sharding from './sharding.json';
import availability from './availability.json';
import metrics from './metrics.json';
import prioritization from './prioritization.json';
import rollout from './rollout.json';
import technologies from './technologies.json';

/** Every built-in concept definition, by concept id. Add a group by importing its JSON file here. */
export const BUILTIN_CONCEPTS: Readonly<Record<string, ConceptDefinition>> = Object.freeze({
  ...(language as Record<string, ConceptDefinition>),
  ...(structure as Record<string, ConceptDefinition>),
  ...(consistency as Record<string, ConceptDefinition>),
  ...(queues as Record<string, ConceptDefinition>),
  ...(sharding as Record<string, ConceptDefinition>),
  ...(availability as Record<string, ConceptDefinition>),
  ...(metrics as Record<string, ConceptDefinition>),
  ...(prioritization as Record<string, ConceptDefinition>),
  ...(rollout as Record<string, ConceptDefinition>),
  ...(technologies as Record<string, ConceptDefinition>),
});

export interface Vocabulary {
  get(id: string): CompiledConcept;
  /** Unknown concept ids named by the user's extension (reported as a notice, never thrown). */
  unknownIds: string[];
  /** The anchor prefixes of every concept, compiled once per vocabulary. */
  anchorTable(): AnchorTable;
}

const defaultTable: { table?: AnchorTable } = {};

const defaultCache = new Map<string, CompiledConcept>();

export function buildVocabulary(extension: Record<string, string[]> = {}): Vocabulary {
  const unknownIds = Object.keys(extension).filter((id) => !(id in BUILTIN_CONCEPTS));
  const hasExtension = Object.keys(extension).some((id) => id in BUILTIN_CONCEPTS && extension[id]?.length);
  const compiled = hasExtension ? new Map<string, CompiledConcept>() : defaultCache;
  const tableHolder: { table?: AnchorTable } = hasExtension ? {} : defaultTable;
  const vocabulary: Vocabulary = {
    unknownIds,
    anchorTable(): AnchorTable {
      if (!tableHolder.table) tableHolder.table = new AnchorTable(Object.keys(BUILTIN_CONCEPTS).map((id) => vocabulary.get(id)));
      return tableHolder.table;
    },
    get(id: string): CompiledConcept {
      let c = compiled.get(id);
      if (!c) {
        const def = BUILTIN_CONCEPTS[id];
        if (!def) throw new Error(`Unknown concept '${id}'`);
        c = compileConcept(id, def, extension[id] ?? []);
        compiled.set(id, c);
      }
      return c;
    },
  };
  return vocabulary;
}
