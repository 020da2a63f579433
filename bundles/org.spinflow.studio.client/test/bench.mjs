// Benchmark (not a test): a generated 500-node network opened and fitted in headless chromium, with its layout file
// beside it (a model saved once: the warm case of the issue) or without (--layout none: ELK lays it out on every open).
// node test/bench.mjs --java JAVA --jar org.spinflow.glsp.jar --lib LIBDIR [--nodes 500] [--runs 3] [--layout saved|none]
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { args, startStudio, stopStudio, launchChromium, chainModel, chainLayout, NODE_SEL } from './studio-harness.mjs';

const a = args();
const N = Number(a.nodes ?? 500);
const runs = Number(a.runs ?? 3);
const withLayout = (a.layout ?? 'saved') !== 'none';
const root = mkdtempSync(join(tmpdir(), 'spinflow-bench-'));

writeFileSync(join(root, 'bench.spinflow'), chainModel(N));
if (withLayout) writeFileSync(join(root, 'bench.spinflow.layout'), chainLayout(N, 'bench.spinflow'));
const studio = await startStudio({ java: a.java, jar: a.jar, lib: a.lib, root, jvmArgs: a.jvm ? a.jvm.split(' ') : undefined });
const ctx = await launchChromium();
const page = ctx.pages()[0] ?? (await ctx.newPage());
page.on('console', m => { if (m.type() === 'error') console.log('console:', m.text().slice(0, 300)); });
const times = [];
try {
    for (let r = 0; r < runs + 1; r++) {
        const profile = a.cpuprofile && r === 1;
        let cdp;
        if (profile) {
            cdp = await ctx.newCDPSession(page);
            await cdp.send('Profiler.enable');
            await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
            await cdp.send('Profiler.start');
        }
        const t0 = Date.now();
        await page.goto(`${studio.url}&model=bench.spinflow`);
        // sprotty culls shapes outside the viewport from the DOM, so count the client's model and the rendered nodes
        await page.waitForFunction(n => {
            const root = window.spinflow?.editorContext?.modelRoot;
            return root && [...root.index.all()].filter(e => e.type.startsWith('node:') && /^n\d+$/.test(e.id)).length === n
                && document.querySelectorAll('#sprotty svg g[data-svg-metadata-type^="node:"]').length > 0;
        }, N, { timeout: 120000, polling: 10 });
        // and fitted: the page fits the whole diagram into the free area, then marks itself loaded
        await page.waitForFunction(() => document.body.dataset.loaded === 'true', null, { timeout: 120000, polling: 10 });
        // and the fitted view painted (two animation frames after the fit)
        await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
        const ms = Date.now() - t0;
        if (profile) {
            // --cpuprofile FILE: the page's CPU profile of run 1 (open it in Chrome's performance panel)
            const { profile: p } = await cdp.send('Profiler.stop');
            writeFileSync(a.cpuprofile, JSON.stringify(p));
        }
        const fit = await page.evaluate(() => { const r = window.spinflow.editorContext.modelRoot; return r.zoom; });
        const edges = await page.evaluate(() => [...window.spinflow.editorContext.modelRoot.index.all()].filter(e => e.type === 'edge:connection').length);
        const shown = await page.locator(NODE_SEL).count();
        const marks = await page.evaluate(() => {
            const nav = performance.getEntriesByType('navigation')[0];
            const t0 = window.spinflowLoadStart;
            return { scriptStart: Math.round(t0 - (nav?.startTime ?? 0)),
                actions: (window.spinflowMarks ?? []).map(m => `${m.kind}@${Math.round(m.at - t0)}`).join(' '),
                frames: (window.spinflowFrames ?? []).map(f => `${f.dir === 'in' ? '<' : '>'}${f.kind}@${Math.round(f.at - t0)}:${f.size > 9999 ? Math.round(f.size / 1024) + 'k' : f.size}`).join(' '),
                initialized: Math.round(window.spinflowLoadMillis), fitted: Math.round(window.spinflowFittedAt - t0) };
        });
        console.log(`    page: script start ${marks.scriptStart} ms after navigation; after it: ${marks.actions}; initialized ${marks.initialized}; fitted ${marks.fitted} (ms)`);
        if (a.frames) console.log(`    messages (ms after script start, size): ${marks.frames}`);
        console.log(`${r === 0 ? 'warm-up' : 'run ' + r}: ${N} nodes, ${edges} edges open${withLayout ? ' (saved layout)' : ', laid out by ELK'} and fitted in ${ms} ms (zoom ${fit.toFixed(3)}; ${shown} nodes inside the viewport rendered)`);
        if (r > 0) times.push(ms);
    }
    times.sort((x, y) => x - y);
    console.log(`median open+fit time for ${N} nodes (${withLayout ? 'saved layout' : 'no layout file: ELK on open'}): ${times[Math.floor(times.length / 2)]} ms (runs: ${times.join(', ')})`);
} finally {
    await ctx.close();
    await stopStudio(studio);
    rmSync(root, { recursive: true, force: true });
    if (studio?.recovery) rmSync(studio.recovery, { recursive: true, force: true });
}
