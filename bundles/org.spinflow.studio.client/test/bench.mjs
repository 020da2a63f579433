// Benchmark (not a test): a generated 500-node network opened, laid out by ELK (no layout file), in headless chromium.
// node test/bench.mjs --java JAVA --jar org.spinflow.glsp.jar --lib LIBDIR [--nodes 500] [--runs 3]
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { args, startStudio, launchChromium, NODE_SEL, EDGE_SEL } from './studio-harness.mjs';

const a = args();
const N = Number(a.nodes ?? 500);
const runs = Number(a.runs ?? 3);
const root = mkdtempSync(join(tmpdir(), 'spinflow-bench-'));

function generate(n) {
    const nodes = [];
    const conns = [];
    const port = (name, dir, size, signal) => `<ports name="${name}"${dir ? ' direction="out"' : ''}${signal ? ` signal="${signal}"` : ''} size="${size}"/>`;
    nodes.push(`<nodes xsi:type="spinflow:InputLayer" name="input" features="8">${port('out', true, 8)}</nodes>`);
    let prev = 'input';
    for (let i = 1; nodes.length < n - 1; i++) {
        const kind = i % 2 ? 'xb' : 'mtj';
        const name = kind + i;
        nodes.push(kind === 'xb'
            ? `<nodes xsi:type="spinflow:Crossbar" name="${name}" rows="8" cols="8">${port('in', false, 8)}${port('out', true, 8, 'current')}<synapse/></nodes>`
            : `<nodes xsi:type="spinflow:MtjNeuronArray" name="${name}" size="8">${port('in', false, 8, 'current')}${port('out', true, 8)}</nodes>`);
        conns.push([prev, name]);
        prev = name;
    }
    nodes.push(`<nodes xsi:type="spinflow:Readout" name="readout" classes="8">${port('in', false, 8, 'current')}</nodes>`);
    conns.push([prev, 'readout']);
    return `<?xml version="1.0" encoding="UTF-8"?>
<spinflow:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:spinflow="http://spinflow.org/spinflow/1.0" name="bench${n}">
${nodes.join('\n')}
${conns.map(([s, t]) => `<connections source="//@nodes[name='${s}']/@ports[name='out']" target="//@nodes[name='${t}']/@ports[name='in']"/>`).join('\n')}
</spinflow:Network>
`;
}

writeFileSync(join(root, 'bench.spinflow'), generate(N));
const studio = await startStudio({ java: a.java, jar: a.jar, lib: a.lib, root });
const ctx = await launchChromium();
const page = ctx.pages()[0] ?? (await ctx.newPage());
page.on('console', m => { if (m.type() === 'error') console.log('console:', m.text().slice(0, 300)); });
const times = [];
try {
    for (let r = 0; r < runs + 1; r++) {
        const t0 = Date.now();
        await page.goto(`${studio.url}&model=bench.spinflow`);
        // sprotty culls shapes outside the viewport from the DOM, so count the client's model and the rendered nodes
        await page.waitForFunction(n => {
            const root = window.spinflow?.editorContext?.modelRoot;
            return root && [...root.index.all()].filter(e => e.type.startsWith('node:') && /^n\d+$/.test(e.id)).length === n
                && document.querySelectorAll('#sprotty svg g[data-svg-metadata-type^="node:"]').length > 0;
        }, N, { timeout: 120000, polling: 10 });
        // and fitted: the page fits the whole diagram into the free area once it is loaded (spinflowLoadMillis is set after)
        await page.waitForFunction(() => window.spinflowLoadMillis !== undefined, null, { timeout: 120000, polling: 10 });
        const ms = Date.now() - t0;
        const fit = await page.evaluate(() => { const r = window.spinflow.editorContext.modelRoot; return r.zoom; });
        const edges = await page.evaluate(() => [...window.spinflow.editorContext.modelRoot.index.all()].filter(e => e.type === 'edge:connection').length);
        const shown = await page.locator(NODE_SEL).count();
        console.log(`${r === 0 ? 'warm-up' : 'run ' + r}: ${N} nodes, ${edges} edges open, laid out and fitted in ${ms} ms (zoom ${fit.toFixed(3)}; ${shown} nodes inside the viewport rendered)`);
        if (r > 0) times.push(ms);
    }
    times.sort((x, y) => x - y);
    console.log(`median open+layout time for ${N} nodes: ${times[Math.floor(times.length / 2)]} ms (runs: ${times.join(', ')})`);
} finally {
    await ctx.close();
    studio.proc.kill();
    rmSync(root, { recursive: true, force: true });
}
