// Benchmark (not a test): how long after a restarted studio answers the open page has its model back.
// Opens examples/iris/iris-mtj.spinflow, stops the server, waits until the page is polling, starts it again under the same
// address and measures from the new server's first line to the page's reconnection (--runs N restarts).
// node test/reconnect-bench.mjs --java JAVA --jar org.spinflow.glsp.jar --lib LIBDIR --examples EXAMPLES [--runs 3] [--jvm "ARGS"]
// (--jvm: options of the studio's JVM, e.g. the class-data-sharing archive ./spinflow uses)
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { args, startStudio, stopStudio, launchChromium } from './studio-harness.mjs';

const a = args();
const runs = Number(a.runs ?? 3);
const jvmArgs = a.jvm ? a.jvm.split(' ') : undefined;
const root = mkdtempSync(join(tmpdir(), 'spinflow-reconnect-bench-'));
cpSync(a.examples, root, { recursive: true });
let studio = await startStudio({ java: a.java, jar: a.jar, lib: a.lib, root, jvmArgs });
const ctx = await launchChromium();
const page = ctx.pages()[0] ?? (await ctx.newPage());
const times = [];
try {
    await page.goto(`${studio.url}&model=${encodeURIComponent('iris/iris-mtj.spinflow')}`);
    await page.waitForFunction(() => document.body.dataset.loaded === 'true', null, { timeout: 120000 });
    for (let r = 1; r <= runs; r++) {
        const { port, token, recovery } = studio;
        await stopStudio(studio);
        await page.waitForFunction(() => (window.spinflowReconnectTrace?.attempts.length ?? 0) >= 3 && document.body.dataset.connection !== 'up', null, { timeout: 60000 });
        studio = await startStudio({ java: a.java, jar: a.jar, lib: a.lib, root, port, token, recovery, jvmArgs });
        const up = Date.now();
        await page.waitForFunction(k => Number(document.body.dataset.reconnects ?? 0) === k, r, { timeout: 120000 });
        const t = await page.evaluate(() => window.spinflowReconnectTrace);
        times.push(t.reconnectedAt - up);
        console.log(`restart ${r}: page found the server ${t.answeredAt - up} ms after its first line, model back after ${t.reconnectedAt - up} ms`
            + ` (attempts after the server answered: ${JSON.stringify(t.attempts.filter(x => x.answered).map(({ socket, opened }) => ({ socket, opened })))})`);
    }
    times.sort((x, y) => x - y);
    console.log(`median time from the restarted server's first line to the model back in the page: ${times[Math.floor(times.length / 2)]} ms (runs: ${times.join(', ')})`);
} finally {
    await ctx.close();
    await stopStudio(studio);
    rmSync(root, { recursive: true, force: true });
    if (studio?.recovery) rmSync(studio.recovery, { recursive: true, force: true });
}
