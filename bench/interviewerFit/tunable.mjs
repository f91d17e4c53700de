// Makes the interviewer's weights tunable in a copy of the engine: each numeric weight constant of the weighting
// modules is read from `globalThis.__W` at call time (defaulting to its value in the source), and so are the
// catalog's base weight per gap kind, the persona priority spread and the missing-part bonus.
import fs from 'node:fs';
import path from 'node:path';

/** Constants that are counts or thresholds of the analysis, not weights. */
const NOT_WEIGHTS = new Set(['STEP_FLOW_MIN_STEPS', 'OVERVIEW_MIN_COMPONENTS', 'SMALL_LOAD_PER_SECOND', 'STACK_MIN_TECHNOLOGIES']);
const WEIGHTED_MODULES = ['documentGaps', 'gapPlacement', 'gapWeighting', 'probes', 'stackAgainstLoad'];

/** Rewrites the engine under `root` (a copy, never the repository); returns the tunable constants' names. */
export function makeTunable(root) {
  const dir = path.join(root, 'server/src/interview');
  const names = [];
  for (const module of WEIGHTED_MODULES) {
    const file = path.join(dir, `${module}.ts`);
    let source = fs.readFileSync(file, 'utf8');
    const found = [];
    source = source.replace(/^const ([A-Z_0-9]+) = ([0-9.]+(?: \/ [0-9.]+)?);/gm, (line, name, value) => {
      if (NOT_WEIGHTS.has(name)) return line;
      found.push(name);
      return `__W['@${found.length - 1}'] ??= ${value};`;
    });
    for (const name of found) source = source.replace(new RegExp(`\\b${name}\\b`, 'g'), `__W.${name}`);
    found.forEach((name, i) => (source = source.replace(`'@${i}'`, `'${name}'`)));
    const imports = [...source.matchAll(/^import .*$/gm)].pop();
    const at = imports ? imports.index + imports[0].length : 0;
    source = `${source.slice(0, at)}\nconst __W: any = ((globalThis as any).__W ??= {});\n${source.slice(at)}`;
    fs.writeFileSync(file, source);
    names.push(...found);
  }
  replaceOnce(path.join(dir, 'gapCatalog.ts'), 'return GAP_KINDS[kind] ?? UNKNOWN_KIND;', "const info = GAP_KINDS[kind] ?? UNKNOWN_KIND; const m = (globalThis as any).__W?.['base:' + kind]; return m === undefined ? info : { ...info, weight: info.weight * m };");
  replaceOnce(path.join(dir, 'personas.ts'), '1 + (0.6 * (n - rank)) / n', '1 + (((globalThis as any).__W?.PRIORITY_SPREAD ?? 0.6) * (n - rank)) / n');
  replaceOnce(path.join(dir, 'documentGaps.ts'), 'Math.min(0.4, 0.1 * Math.max(0, missing.length - 1))', 'Math.min(0.4, (__W.MISSING_STEP ?? 0.1) * Math.max(0, missing.length - 1))');
  return names;
}

function replaceOnce(file, from, to) {
  const source = fs.readFileSync(file, 'utf8');
  if (!source.includes(from)) throw new Error(`${path.basename(file)} no longer has \`${from}\`: update bench/interviewerFit/tunable.mjs`);
  fs.writeFileSync(file, source.replace(from, to));
}
