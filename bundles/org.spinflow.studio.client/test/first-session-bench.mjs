// Benchmark (not a test): how long a freshly started studio takes to show a model in the page (the first session of a new JVM).
// node test/first-session-bench.mjs --java JAVA --jar org.spinflow.glsp.jar --lib LIBDIR --examples EXAMPLES [--runs 3] [--jvm "ARGS"]
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { args, startStudio, stopStudio, launchChromium } from './studio-harness.mjs';
const a = args();
const root = mkdtempSync(join(tmpdir(), 'first-'));
cpSync(a.examples, root, { recursive: true });
const ctx = await launchChromium();
const page = ctx.pages()[0] ?? await ctx.newPage();
await page.goto('about:blank');
const runs = Number(a.runs ?? 3);
const res = [];
for (let r = 0; r < runs; r++) {
  const t0 = Date.now();
  const studio = await startStudio({ java: a.java, jar: a.jar, lib: a.lib, root, jvmArgs: a.jvm ? a.jvm.split(' ') : undefined });
  const t1 = Date.now();
  await page.goto(`${studio.url}&model=${encodeURIComponent('iris/iris-mtj.spinflow')}`);
  await page.waitForFunction(() => document.body.dataset.loaded === 'true', null, { timeout: 120000 });
  const t2 = Date.now();
  res.push({ firstLine: t1 - t0, modelAfterLine: t2 - t1, total: t2 - t0 });
  console.log(`run ${r + 1}: first line ${t1 - t0} ms after spawn, model in the page ${t2 - t1} ms after the first line (total ${t2 - t0} ms)`);
  await page.goto('about:blank');
  await stopStudio(studio);
  rmSync(studio.recovery, { recursive: true, force: true });
}
const med = k => res.map(x => x[k]).sort((x, y) => x - y)[Math.floor(res.length / 2)];
console.log(`median: first line ${med('firstLine')} ms, model ${med('modelAfterLine')} ms after it, total ${med('total')} ms`);
await ctx.close();
rmSync(root, { recursive: true, force: true });
