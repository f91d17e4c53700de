// The components a design names, as a question names them ("Kafka", "the chat service"): the one a sentence is
// about, the one the document leans on most, and how central a section is to the design.
import type { ConceptMatcher } from '../analysis/concepts/matcher';
import { sentenceAt } from '../analysis/document/model';

/** Technology concepts: a named product is a better subject for a question than "the service". */
const TECHNOLOGY_CONCEPTS = ['databaseTechnology', 'cacheTechnology', 'messagingTechnology', 'searchTechnology', 'dataProcessingTechnology', 'cloudService'] as const;

/** Component words too generic to name alone in a question. */
const GENERIC = new Set(['service', 'services', 'server', 'servers', 'primary', 'replica', 'replicas', 'storage', 'region', 'regions', 'shard', 'shards', 'cluster', 'node', 'nodes', 'worker', 'workers', 'bucket', 'buckets', 'system', 'instance', 'instances']);

interface ComponentMention {
  start: number;
  text: string;
  technology: boolean;
}

/** Words that cannot qualify a component ("the service", "each worker"): the generic word stays alone. */
const NOT_QUALIFIERS = new Set(['we', 'i', 'you', 'they', 'it', 'us', 'them', 'whose', 'which', 'who', 'whom', 'where', 'when', 'his', 'her', 'my', 'then', 'also', 'can', 'will', 'should', 'must', 'the', 'a', 'an', 'our', 'your', 'their', 'its', 'each', 'every', 'one', 'this', 'that', 'to', 'in', 'of', 'by', 'and', 'or', 'with', 'per', 'new', 'same', 'other', 'many', 'more', 'all', 'any', 'single', 'separate', 'from', 'on', 'for', 'into', 'via', 'different', 'several', 'multiple', 'various', 'both', 'few', 'some', 'most', 'these', 'those', 'such', 'two', 'three', 'following', 'above', 'below', 'remaining']);

/** "chat service" rather than "service": a generic component word with the noun before it. */
function qualified(text: string, start: number, end: number): { start: number; text: string } {
  const word = text.slice(start, end);
  if (!GENERIC.has(word.toLowerCase())) return { start, text: word };
  // A whole word only: "We'll shard" has no qualifier "ll".
  const before = /(?<![\w'’])([A-Za-z][\w-]*)[ \t]+$/.exec(text.slice(Math.max(0, start - 40), start));
  if (!before || NOT_QUALIFIERS.has(before[1].toLowerCase())) return { start, text: word };
  return { start: start - before[0].length, text: `${before[1]} ${word}` };
}

function componentMentions(concepts: ConceptMatcher, start: number, end: number): ComponentMention[] {
  const text = concepts.doc.text;
  const out = new Map<number, ComponentMention>();
  for (const s of concepts.spansIn('runtimeComponent', start, end)) {
    const q = qualified(text, s.start, s.end);
    out.set(q.start, { start: q.start, text: q.text, technology: false });
  }
  for (const id of TECHNOLOGY_CONCEPTS) {
    for (const m of concepts.in(id, start, end)) out.set(m.start, { start: m.start, text: text.slice(m.start, m.end), technology: true });
  }
  return [...out.values()].filter((m) => !GENERIC.has(m.text.toLowerCase())).sort((a, b) => a.start - b.start);
}

/** Acronyms that name a kind of component, not a product: they take "the" ("the CDN", not "CDN"). */
const GENERIC_ACRONYMS = new Set(['CDN', 'DNS', 'API', 'LB', 'DB', 'RDBMS', 'KV', 'MQ']);

/** Nouns that name a kind of component even when capitalised ("a Queue", "the Memory Cache"). */
const COMPONENT_NOUN = /^(?:queues?|databases?|caches?|stores?|servers?|services?|machines?|brokers?|streams?|topics?|tables?|index(?:es)?|gateways?|prox(?:y|ies)|balancers?|schedulers?|clusters?|replicas?|workers?|storage|tiers?)$/i;

/** How a component reads in a question: a product name as written ("Kafka"), a kind of thing with "the". */
export function componentName(text: string): string {
  // "the service's" names the service.
  const spoken = text.replace(/\s+/g, ' ').trim().replace(/['’]s$/, '');
  const words = spoken.split(' ');
  const last = words[words.length - 1];
  if (words.length === 1 && COMPONENT_NOUN.test(last)) return `the ${last.toLowerCase()}`;
  const common = /^[a-z]/.test(spoken) || GENERIC_ACRONYMS.has(words[0]) || (words.length > 1 && (/^[a-z]/.test(last) || COMPONENT_NOUN.test(last)));
  return common ? `the ${spoken}` : spoken;
}

/** The component a span names (the last one in it, or the first in its sentence), if any. */
export function componentIn(concepts: ConceptMatcher, start: number, end: number): string | undefined {
  const inSpan = componentMentions(concepts, start, end);
  if (inSpan.length) return componentName(preferTechnology(inSpan).text);
  const index = sentenceAt(concepts.doc, start);
  const sentence = index >= 0 ? concepts.doc.sentences[index] : undefined;
  if (!sentence) return undefined;
  const inSentence = componentMentions(concepts, sentence.start, sentence.end);
  return inSentence.length ? componentName(preferTechnology(inSentence).text) : undefined;
}

function preferTechnology(mentions: ComponentMention[]): ComponentMention {
  return mentions.find((m) => m.technology) ?? mentions[0];
}

/** The distinct technologies a span names ("kafka", "redis"), lower-cased. */
export function technologiesIn(concepts: ConceptMatcher, start: number, end: number): Set<string> {
  return new Set(spelledTechnologiesIn(concepts, start, end).keys());
}

/** The distinct technologies a span names, lower-cased, each with its first spelling there ("kafka" -> "Kafka"). */
export function spelledTechnologiesIn(concepts: ConceptMatcher, start: number, end: number): Map<string, string> {
  const spelled = new Map<string, string>();
  for (const m of componentMentions(concepts, start, end)) if (m.technology && !spelled.has(keyOf(m.text))) spelled.set(keyOf(m.text), m.text);
  return spelled;
}

/** Where a span first names a technology ("MongoDB" in "- MongoDB for classes, bookings and members"). */
export function firstTechnologyIn(concepts: ConceptMatcher, start: number, end: number): { start: number; end: number } | undefined {
  const m = componentMentions(concepts, start, end).find((c) => c.technology);
  return m ? { start: m.start, end: m.start + m.text.length } : undefined;
}

/** The distinct components a span names, by their lower-cased words. */
export function componentsIn(concepts: ConceptMatcher, start: number, end: number): Set<string> {
  return new Set(componentMentions(concepts, start, end).map((m) => keyOf(m.text)));
}

/** How often the whole document names each component (by its lower-cased words). */
export function componentFrequency(concepts: ConceptMatcher): ReadonlyMap<string, number> {
  const frequency = new Map<string, number>();
  for (const m of componentMentions(concepts, 0, concepts.doc.text.length)) frequency.set(keyOf(m.text), (frequency.get(keyOf(m.text)) ?? 0) + 1);
  return frequency;
}

/**
 * How central a span is to the design: each component it names counts as often as the whole document names
 * it, so a section about the components the design leans on outweighs a list of one-off extras.
 */
export function centralityOf(concepts: ConceptMatcher, frequency: ReadonlyMap<string, number>, start: number, end: number): number {
  // Each component once: a section repeating one name is not more central than one naming it and its neighbours.
  return [...componentsIn(concepts, start, end)].reduce((n, key) => n + (frequency.get(key) ?? 0), 0);
}

function keyOf(component: string): string {
  // "TiKV's" is TiKV, and "PostgreSQL" is Postgres.
  const key = component.toLowerCase().replace(/\s+/g, ' ').replace(/['’]s$/, '');
  return SAME_PRODUCT[key] ?? key;
}

/** Names a document uses for one product in different places. */
const SAME_PRODUCT: Readonly<Record<string, string>> = { postgresql: 'postgres', mongo: 'mongodb', elastic: 'elasticsearch' };

/** The component the document leans on most (technologies count 1.5x), for the requirement change. */
export function biggestComponent(concepts: ConceptMatcher): string | undefined {
  const scores = new Map<string, { score: number; first: number; text: string }>();
  for (const m of componentMentions(concepts, 0, concepts.doc.text.length)) {
    const key = keyOf(m.text);
    const entry = scores.get(key) ?? { score: 0, first: m.start, text: m.text };
    entry.score += m.technology ? 1.5 : 1;
    scores.set(key, entry);
  }
  let best: { score: number; first: number; text: string } | undefined;
  for (const e of scores.values()) if (!best || e.score > best.score || (e.score === best.score && e.first < best.first)) best = e;
  return best ? componentName(best.text) : undefined;
}
