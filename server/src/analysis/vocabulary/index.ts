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
import stakes from './stakes.json';

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
  ...(stakes as Record<string, ConceptDefinition>),
});

export interface Vocabulary {
  get(id: string): CompiledConcept;
  /** Unknown concept ids named by the user's extension (reported as a notice, never thrown). */
  unknownIds: string[];
  /**
   * The anchor table holding the concept's prefixes, compiled once per vocabulary: one for the concepts
   * matched over whole chunks, one for those only looked for in short texts (see SHORT_TEXT_CONCEPTS).
   */
  anchorTable(id: string): AnchorTable;
}

/**
 * Concepts the rules look for only in short texts (headings, one sentence) through spansIn: kept out of the
 * table every chunk is walked with, so their many common anchors ("the", "a") cost nothing there. Asking for
 * them over a chunk still works: their own table is then walked for that chunk.
 */
const SHORT_TEXT_CONCEPTS: ReadonlySet<string> = new Set([
  'costHeading',
  'designDocHeading',
  'designOutlineHeading',
  'failureHeading',
  'protectionHeading',
  'recoveryVerb',
  'nonDesignHeading',
  'resilienceHeading',
  'definiteDeterminer',
  'indefiniteDeterminer',
  'queueHandoff',
  'runtimeComponent',
  // The interviewer's weighing concepts: asked per section, never by a rule over the whole document.
  'atStake',
  'guaranteeClaim',
  'fireAndForgetChannel',
  'capacityCheck',
  'claimingWrite',
  'concurrencyControl',
  'hotPathCall',
  'hotKey',
  'skewProneShardKey',
  'dependencyOutage',
  'messageHandedOff',
  'messageTakenOff',
  'otherMessageChannel',
]);

interface AnchorTables {
  chunk?: AnchorTable;
  shortText?: AnchorTable;
}

const defaultTables: AnchorTables = {};

const defaultCache = new Map<string, CompiledConcept>();

export function buildVocabulary(extension: Record<string, string[]> = {}): Vocabulary {
  const unknownIds = Object.keys(extension).filter((id) => !(id in BUILTIN_CONCEPTS));
  const hasExtension = Object.keys(extension).some((id) => id in BUILTIN_CONCEPTS && extension[id]?.length);
  const compiled = hasExtension ? new Map<string, CompiledConcept>() : defaultCache;
  const tables: AnchorTables = hasExtension ? {} : defaultTables;
  const tableOf = (shortText: boolean) =>
    new AnchorTable(Object.keys(BUILTIN_CONCEPTS).filter((id) => SHORT_TEXT_CONCEPTS.has(id) === shortText).map((id) => vocabulary.get(id)));
  const vocabulary: Vocabulary = {
    unknownIds,
    anchorTable(id: string): AnchorTable {
      if (SHORT_TEXT_CONCEPTS.has(id)) return (tables.shortText ??= tableOf(true));
      return (tables.chunk ??= tableOf(false));
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
