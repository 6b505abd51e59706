/**
 * A vitest reporter for finding what makes the suite slow: per test file, its wall time (from when
 * it started to when it ended, as the pool ran it), the time spent importing it and its support
 * modules, and in its tests and hooks (beforeAll included: a database or a server built for the file
 * counts there, which the JSON reporter's per-test durations leave out).
 *
 *   npx vitest run --reporter=default --reporter=./tests/support/durations-reporter.ts
 *
 * Prints the slowest files at the end; with DURATIONS_FILE=path also writes every file as JSON.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

interface Row {
  file: string;
  project: string;
  wallMs: number;
  importMs: number;
  testsAndHooksMs: number;
  tests: number;
}

export default class DurationsReporter implements Reporter {
  private readonly started = new Map<string, number>();
  private readonly ended = new Map<string, number>();
  private readonly runStart = Date.now();

  onTestModuleStart(module: TestModule): void {
    this.started.set(module.id, Date.now());
  }

  onTestModuleEnd(module: TestModule): void {
    this.ended.set(module.id, Date.now());
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows: Row[] = modules.map((m) => {
      const d = m.diagnostic();
      const start = this.started.get(m.id) ?? this.runStart;
      const end = this.ended.get(m.id) ?? Date.now();
      return {
        file: relative(process.cwd(), m.moduleId),
        project: m.project.name,
        wallMs: end - start,
        importMs: Math.round(
          d.collectDuration + d.setupDuration + d.prepareDuration + d.environmentSetupDuration,
        ),
        testsAndHooksMs: Math.round(d.duration),
        tests: [...m.children.allTests()].length,
      };
    });
    const byWork = [...rows].sort(
      (a, b) => b.importMs + b.testsAndHooksMs - (a.importMs + a.testsAndHooksMs),
    );
    const s = (ms: number) => (ms / 1000).toFixed(1).padStart(7);
    const lines = byWork
      .slice(0, 20)
      .map(
        (r) =>
          `${s(r.importMs + r.testsAndHooksMs)} ${s(r.importMs)} ${s(r.testsAndHooksMs)}  ${r.project}  ${r.file}`,
      );
    const total = (Date.now() - this.runStart) / 1000;
    console.log(
      `\nslowest files (s): work = import + tests and hooks; run ${total.toFixed(0)} s\n` +
        `   work  import  t+hooks\n${lines.join('\n')}\n`,
    );
    const out = process.env.DURATIONS_FILE;
    if (out)
      writeFileSync(out, JSON.stringify({ totalMs: Date.now() - this.runStart, files: rows }, null, 2));
  }
}
