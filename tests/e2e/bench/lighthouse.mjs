// Lighthouse 12 (npm, pinned in tests/e2e/package.json) against the served build, mobile form
// factor with Lighthouse's default simulated throttling, Debian Chromium. Prints one JSON object:
// the median category scores (0–100) of --runs runs and the key metrics of the median run.
//   node tests/e2e/bench/lighthouse.mjs URL [--runs 3]
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAUNCH } from '../chromium.mjs';

const url = process.argv[2];
const i = process.argv.indexOf('--runs');
const runs = i > 0 ? Number(process.argv[i + 1]) : 3;
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', 'lighthouse');
const flags = LAUNCH.args.join(' ');
const dir = mkdtempSync(join(tmpdir(), 'shindan-lh-'));
const results = [];
try {
  for (let r = 0; r < runs; r++) {
    const out = join(dir, `run${r}.json`);
    execFileSync(bin, [url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${flags}`], {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const j = JSON.parse(readFileSync(out, 'utf8'));
    if (j.runtimeError) throw new Error(j.runtimeError.message);
    const score = (k) => Math.round(j.categories[k].score * 100);
    const ms = (k) => Math.round(j.audits[k].numericValue);
    results.push({
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      fcp_ms: ms('first-contentful-paint'),
      lcp_ms: ms('largest-contentful-paint'),
      tbt_ms: ms('total-blocking-time'),
      tti_ms: ms('interactive'),
      failing: ['accessibility', 'best-practices'].flatMap((c) =>
        j.categories[c].auditRefs.filter((a) => a.weight > 0 && j.audits[a.id].score !== null && j.audits[a.id].score < 1).map((a) => `${c}: ${a.id}`),
      ),
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
results.sort((a, b) => a.performance - b.performance);
const med = results[results.length >> 1];
console.log(JSON.stringify({
  ...med,
  runs,
  performance_scores: results.map((r) => r.performance),
  settings: 'Lighthouse 12.2.3, mobile, simulated throttling (Slow 4G, 4x CPU); served by tests/e2e/serve.mjs with brotli/gzip as a static host would',
}));
