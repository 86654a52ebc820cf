import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../src/sources/index.js';

/**
 * The layout's rules, read from the import statements of src/: a source's simulator (`sim/`) is
 * loaded only by the sandbox, through its module's dynamic `sandbox()`; shared code reaches a
 * source only through the registry (`sources/index.ts`, `sources/source-module.ts`).
 */
const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
  dynamic: boolean;
}

/** Every relative import of a file, resolved to a path under src/. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  const statics = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const m of text.matchAll(statics)) {
    // `import { type A, type B } from …` is erased like `import type`.
    const typeOnly =
      Boolean(m[2]) ||
      (/^\s*import\s*\{\s*type\s[^}]*\}/.test(m[0]) && !/[{,]\s*(?!type\s)\w/.test(m[0].slice(0, m[0].indexOf('}'))));
    found.push({ from: file, to: path.resolve(path.dirname(file), m[3]!), typeOnly, dynamic: false });
  }
  for (const m of text.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) {
    found.push({ from: file, to: path.resolve(path.dirname(file), m[1]!), typeOnly: false, dynamic: true });
  }
  return found;
}

const rel = (p: string) => path.relative(SRC, p).split(path.sep).join('/');
const inSim = (p: string) => /(^|\/)sim\//.test(rel(p));
const ALL = sourceFiles(SRC).flatMap(importsOf);

describe('layout', () => {
  it('finds the imports it checks (the scan reads real files)', () => {
    expect(ALL.length).toBeGreaterThan(300);
    expect(ALL.some((i) => i.dynamic && inSim(i.to))).toBe(true);
  });

  it('production code never imports a sim/ folder; a module loads its simulator only dynamically', () => {
    const offending = ALL.filter((i) => inSim(i.to) && !inSim(i.from) && !i.typeOnly && !i.dynamic).map(
      (i) => `${rel(i.from)} → ${rel(i.to)}`,
    );
    expect(offending).toEqual([]);
    const dynamicSim = ALL.filter((i) => inSim(i.to) && i.dynamic).map((i) => rel(i.from));
    expect(dynamicSim.every((f) => /^sources\/[^/]+\/module\.ts$/.test(f))).toBe(true);
  });

  it('shared code (everything outside a source folder) reaches a source only through the registry', () => {
    const shared = (p: string) => !/^sources\/[^/]+\//.test(rel(p));
    const registry = /^sources\/(index|source-module|source)\.ts$/;
    const offending = ALL.filter((i) => shared(i.from) && !registry.test(rel(i.from)) && /^sources\/[^/]+\//.test(rel(i.to))).map(
      (i) => `${rel(i.from)} → ${rel(i.to)}`,
    );
    expect(offending).toEqual([]);
  });

  it("shared code never spells a source's enum value: dispatch goes through the registry", () => {
    const values = SOURCES.map((m) => m.source);
    expect(values).toEqual(['ENNEO', 'SOCIALBOARDS', 'TRACKER']);
    const spelled = new RegExp(`['"\`](${values.join('|')})['"\`]`);
    const offending = sourceFiles(SRC)
      .filter((f) => !/^sources\/([^/]+\/|source\.ts$)/.test(rel(f)))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, n) => ({ line, at: `${rel(f)}:${n + 1}` }))
          // Comments and descriptions may name a source; code may not.
          .filter(({ line }) => spelled.test(line) && !/^\s*(\*|\/\/|\/\*|description:)/.test(line)),
      )
      .map(({ at, line }) => `${at}: ${line.trim()}`);
    expect(offending).toEqual([]);
  });

  it('no import cycles: files that refer to each other share a refs file (schema/ticket-ref.ts, enneo/schema/refs.ts)', () => {
    const graph = new Map<string, string[]>();
    for (const i of ALL) {
      if (i.typeOnly || i.dynamic) continue;
      const from = rel(i.from);
      graph.set(from, [...(graph.get(from) ?? []), rel(i.to).replace(/\.js$/, '.ts')]);
    }
    // Depth-first search; a file met again while still on the path closes a cycle.
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

/**
 * A wire field read as `record.name` and labelled again in a string (`optInt(ctx, r.userWorklogId,
 * 'userWorklogId')`): the two spellings drift apart unnoticed. Readers take the record and the key
 * (`optInt(ctx, r, 'userWorklogId')`) so the name is written once and typed against the wire shape.
 */
const REPEATED_LABEL = /\.(\w+)\s*,\s*(['"`])([^'"`]*)\2/g;

/** `file:line: text` of every property read followed by a string label that names the property again. */
function repeatedLabels(file: string, text: string): string[] {
  return [...text.matchAll(REPEATED_LABEL)]
    .filter((m) => new RegExp(`\\b${m[1]}\\b`).test(m[3]!))
    .map((m) => `${file}:${text.slice(0, m.index).split('\n').length}: ${m[0].replace(/\s+/g, ' ')}`);
}

/** Every file of a source's folder that maps wire records: all but its simulator. */
const MAPPING_FILES = sourceFiles(path.join(SRC, 'sources')).filter((f) => !inSim(f));

describe('wire field names', () => {
  it('the check finds a repeated name, on one line or across two, and passes the keyed form', () => {
    // Source text, not templates: `$` and `{` are kept apart so nothing is interpolated here.
    const sample = [
      'const a = optStr(ctx, u.name, `$' + '{field}.name`);',
      "const b = optInt(ctx, r.userWorklogId, 'userWorklogId');",
      'const c = optTime(',
      '  ctx,',
      '  cx?.closingDateForSLA,',
      "  'customerExperience.closingDateForSLA',",
      ');',
      "const d = optStr(ctx, u, 'name', at);",
      "const e = optInt(ctx, r, 'userWorklogId');",
      "const f = requireInt(ctx, w.worklog.worklogId ?? w.id, 'worklog.worklogId');",
    ].join('\n');
    expect(repeatedLabels('sample.ts', sample)).toEqual([
      'sample.ts:1: .name, `$' + '{field}.name`',
      "sample.ts:2: .userWorklogId, 'userWorklogId'",
      "sample.ts:5: .closingDateForSLA, 'customerExperience.closingDateForSLA'",
    ]);
  });

  it("each source's mapping writes a wire field's name once (readers take the record and the key)", () => {
    const models = MAPPING_FILES.filter((f) => f.endsWith('models.ts')).map(rel);
    expect(models).toEqual(['sources/enneo/models.ts', 'sources/socialboards/models.ts', 'sources/tracker/models.ts']);
    // The scan reads real mappers: they hold plenty of keyed reader calls.
    const keyedCalls = MAPPING_FILES.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\(ctx, \w+, '\w+'/g)]);
    expect(keyedCalls.length).toBeGreaterThan(100);
    expect(MAPPING_FILES.flatMap((f) => repeatedLabels(rel(f), readFileSync(f, 'utf8')))).toEqual([]);
  });
});
