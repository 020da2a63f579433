// Page-error check (standalone, for a re-checker): opens every example model in the studio and does what a person
// does first - drags a node, saves (Ctrl+S), reloads, selects a node, copies and pastes it (Ctrl+C, Ctrl+V) - and
// fails on any console error or uncaught page error, naming the model and the action.
// node test/page-errors.mjs --java JAVA --jar org.spinflow.glsp.jar --lib LIBDIR --examples EXAMPLES [--out DIR]
//   [--only MODEL]          check only this model (path relative to EXAMPLES)
//   [--inject-error MODEL]  self-check of this script: that model's page throws an error at its first key press
//                           (Ctrl+S), so the run must fail naming the model and the error (see e2e.mjs)
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { args, startStudio, stopStudio, launchChromium, NODE_SEL } from './studio-harness.mjs';

const a = args();
const out = a.out ?? 'target/page-errors';
mkdirSync(out, { recursive: true });
const root = mkdtempSync(join(tmpdir(), 'spinflow-page-errors-'));
cpSync(a.examples, root, { recursive: true });

function models(dir) {
    const found = [];
    for (const name of readdirSync(dir).sort()) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) found.push(...models(p));
        else if (name.endsWith('.spinflow')) found.push(relative(root, p).replace(/\\/g, '/'));
    }
    return found;
}

let studio, ctx, page;
const problems = [];
let doing = '';
let checked = 0;
try {
    studio = await startStudio({ java: a.java, jar: a.jar, lib: a.lib, root });
    ctx = await launchChromium();
    page = ctx.pages()[0] ?? (await ctx.newPage());
    page.on('console', m => { if (m.type() === 'error') problems.push(`${doing}: console error: ${m.text().slice(0, 300)}`); });
    page.on('pageerror', e => problems.push(`${doing}: page error: ${e.message.slice(0, 300)}`));
    page.on('dialog', d => d.accept());
    const list = models(root).filter(m => !a.only || m === a.only);
    if (!list.length) throw new Error(`no model ${a.only ?? ''} under ${a.examples}`);
    console.log(`page-error check of ${list.length} models`);
    for (const model of list) {
        const before = problems.length;
        const open = async () => {
            await page.goto(`${studio.url}&model=${encodeURIComponent(model)}`);
            // generous: the first open of a just-started server on a busy machine takes tens of seconds
            await page.waitForFunction(() => document.body.dataset.loaded, null, { timeout: 180000 });
            if (await page.evaluate(() => document.body.dataset.loaded) !== 'true') throw new Error('not loaded');
        };
        try {
            doing = `${model} open`;
            await open();
            const n = await page.evaluate(() => [...window.spinflow.editorContext.modelRoot.index.all()].filter(e => e.type.startsWith('node:') && /^n\d+$/.test(e.id)).length);
            if (n > 0) {
                doing = `${model} drag a node`;
                const box = await page.locator(NODE_SEL).first().boundingBox();
                const x = box.x + Math.min(20, box.width / 4), y = box.y + box.height - Math.min(5, box.height / 8);
                await page.mouse.move(x, y);
                await page.mouse.down();
                await page.mouse.move(x + 30, y + 40, { steps: 6 });
                await page.mouse.up();
                await page.waitForFunction(() => document.body.dataset.dirty === 'true', null, { timeout: 15000 });
            }
            if (a['inject-error'] === model) {
                await page.evaluate(() => document.addEventListener('keydown', () => {
                    throw new Error('injected by the page-error self-check');
                }, { once: true }));
            }
            doing = `${model} save (Ctrl+S)`;
            await page.keyboard.press('Control+s');
            if (n > 0) await page.waitForFunction(() => document.body.dataset.dirty === 'false', null, { timeout: 15000 });
            doing = `${model} reload`;
            await open();
            if (n > 0) {
                doing = `${model} copy and paste (Ctrl+C, Ctrl+V)`;
                const box = await page.locator(NODE_SEL).first().boundingBox();
                await page.mouse.click(box.x + Math.min(20, box.width / 4), box.y + box.height - Math.min(5, box.height / 8));
                await page.waitForFunction(() => window.spinflow.editorContext.selectedElements.length > 0, null, { timeout: 10000 });
                await page.keyboard.press('Control+c');
                await page.keyboard.press('Control+v');
                await page.waitForFunction(k => [...window.spinflow.editorContext.modelRoot.index.all()]
                    .filter(e => e.type.startsWith('node:') && /^n\d+$/.test(e.id)).length === k, n + 1, { timeout: 15000 });
            }
            checked++;
        } catch (e) {
            problems.push(`${doing}: ${e.message.split('\n')[0]}`);
            await page.screenshot({ path: join(out, model.replace(/\W+/g, '-') + '.png') }).catch(() => {});
        }
        console.log(`  ${problems.length === before ? 'ok  ' : 'FAIL'} ${model}`);
    }
} catch (e) {
    problems.push(`${doing || 'setup'}: ${e.message.split('\n')[0]}`);
} finally {
    if (ctx) await ctx.close().catch(() => {});
    if (studio) await stopStudio(studio);
    rmSync(root, { recursive: true, force: true });
    if (studio?.recovery) rmSync(studio.recovery, { recursive: true, force: true });
}
for (const p of problems) console.log('  ' + p);
console.log(problems.length ? `${problems.length} problem(s) in ${checked} checked models` : `no console or page errors in ${checked} models`);
process.exitCode = problems.length ? 1 : 0;
