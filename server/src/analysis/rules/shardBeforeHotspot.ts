// shard-before-hotspot: (in progress) see docs/rules/shard-before-hotspot.md.
import type { Rule } from './rule';

export const shardBeforeHotspot: Rule = {
  id: 'shard-before-hotspot',
  description: 'TODO',
  defaultSeverity: 'warning',
  tags: [],
  why: '',
  stronger: '',
  check() {
    return [];
  },
  fixes() {
    return [];
  },
};
