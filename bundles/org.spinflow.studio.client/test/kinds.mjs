// Browser test of node kinds contributed by a jar Spinflow does not know (tests/com.example.spinflow.gain):
// the studio started with that jar on its class path shows the 'Gain' kind in its palette (group 'Example'),
// creates it with its defaults, labels it from its descriptor and lists its properties.
// Run by `./mvnw verify` in org.spinflow.glsp (phase integration-test), after e2e.mjs.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { args, startStudio, launchChromium, NODE_SEL } from './studio-harness.mjs';

const a = args();
const out = a.out ?? 'target/screenshots';
mkdirSync(out, { recursive: true });
const root = mkdtempSync(join(tmpdir(), 'spinflow-studio-kinds-'));
cpSync(a.examples, root, { recursive: true });
const MODEL = 'iris/iris-mtj.spinflow';
let studio, ctx, page, failed = false;

function assert(cond, msg) {
    if (!cond) throw new Error('assertion failed: ' + msg);
}
async function step(name, fn) {
    const t0 = Date.now();
    try {
        await fn();
        console.log(`  ok   ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
        failed = true;
        console.log(`  FAIL ${name}: ${e.message}`);
        if (page) await page.screenshot({ path: join(out, 'kinds-FAILED.png') }).catch(() => {});
        throw e;
    }
}

try {
    console.log('Spinflow studio: contributed node kinds');
    if (!a.extra) throw new Error('--extra JAR (the contributing bundle) is required');
    await step('studio with the contributing jar starts', async () => {
        studio = await startStudio({ java: a.java, jar: a.jar, lib: a.lib, root, extra: a.extra });
        ctx = await launchChromium();
        page = ctx.pages()[0] ?? (await ctx.newPage());
        await page.goto(`${studio.url}&model=${encodeURIComponent(MODEL)}`);
        await page.waitForFunction(() => document.body.dataset.loaded, null, { timeout: 30000 });
        assert((await page.evaluate(() => document.body.dataset.loaded)) === 'true', 'model loaded');
    });
    await step('the palette lists the contributed kind and Spinflow\'s own ones, by category', async () => {
        await page.waitForSelector('.tool-palette .tool-button', { timeout: 10000 });
        const buttons = await page.locator('.tool-palette .tool-button').allTextContents();
        for (const label of ['Gain', 'MTJ neuron array', 'Sum (current summing)', 'Concat', 'Synaptic crossbar']) {
            assert(buttons.some(b => b.trim() === label), `palette entry '${label}' in ${JSON.stringify(buttons)}`);
        }
        const groups = await page.locator('.tool-palette .group-header').allTextContents();
        assert(groups.some(g => g.includes('Example')), 'group Example in ' + JSON.stringify(groups));
    });
    await step('creating a Gain node uses its descriptor (name, label, defaults)', async () => {
        const before = await page.locator(NODE_SEL).count();
        await page.locator('.tool-palette .tool-button', { hasText: 'Gain' }).click();
        const box = await page.locator('#sprotty').boundingBox();
        await page.mouse.move(box.x + 520, box.y + 360);
        await page.waitForTimeout(200);
        await page.mouse.down();
        await page.mouse.up();
        await page.waitForSelector('#sprotty svg text.label-name:text-is("gain1")', { timeout: 10000 });
        assert(await page.locator(NODE_SEL).count() === before + 1, 'one node more');
        assert(await page.locator('#sprotty svg text.label-kind', { hasText: 'Gain' }).count() === 1, 'kind label Gain');
        assert(await page.locator('#sprotty svg text.label-info', { hasText: '8 · × 2.0' }).count() === 1, 'summary from the descriptor');
        await page.waitForFunction(() => document.querySelector('#props-body [data-prop="gain"]')?.value === '2.0', null, { timeout: 5000 });
        assert(await page.locator('#props-body [data-prop="size"]').inputValue() === '8', 'default size shown as a value');
        await page.screenshot({ path: join(out, 'kinds-gain-created.png') });
    });
} catch (e) {
    process.exitCode = 1;
} finally {
    if (ctx) await ctx.close().catch(() => {});
    if (studio) studio.proc.kill();
    rmSync(root, { recursive: true, force: true });
    console.log(failed ? 'contributed kinds: FAILED' : 'contributed kinds: passed');
    if (failed) process.exitCode = 1;
}
