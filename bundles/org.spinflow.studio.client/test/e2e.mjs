// Browser tests of the Spinflow studio (run by `./mvnw verify` in org.spinflow.glsp, phase integration-test).
// node test/e2e.mjs --java JAVA --jar org.spinflow.glsp.jar --lib LIBDIR --examples EXAMPLES --out SCREENSHOTS
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { args, startStudio, launchChromium, NODE_SEL, EDGE_SEL } from './studio-harness.mjs';

const a = args();
const out = a.out ?? 'target/screenshots';
mkdirSync(out, { recursive: true });
const root = mkdtempSync(join(tmpdir(), 'spinflow-studio-e2e-'));
cpSync(a.examples, root, { recursive: true });
const MODEL = 'iris/iris-mtj.spinflow';

const results = [];
let studio, ctx, page, shot = 0;

function assert(cond, msg) {
    if (!cond) throw new Error('assertion failed: ' + msg);
}
async function screenshot(name) {
    const file = join(out, `${String(++shot).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file });
    return file;
}
async function step(name, fn) {
    const t0 = Date.now();
    try {
        await fn();
        results.push({ name, ok: true, ms: Date.now() - t0 });
        console.log(`  ok   ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
        results.push({ name, ok: false, error: e.message });
        console.log(`  FAIL ${name}: ${e.message}`);
        if (page) await screenshot('FAILED-' + name.replace(/\W+/g, '-')).catch(() => {});
        throw e;
    }
}
const count = sel => page.locator(sel).count();
async function waitCount(sel, n, timeout = 10000) {
    await page.waitForFunction(([s, k]) => document.querySelectorAll(s).length === k, [sel, n], { timeout })
        .catch(async () => { throw new Error(`expected ${n} of ${sel}, found ${await count(sel)}`); });
}
async function center(id) {
    const b = await page.locator(`#sprotty svg g#sprotty_${id} > rect, #sprotty svg g#sprotty_${id} > path`).first().boundingBox();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}
async function nodeIdByName(name) {
    return page.evaluate(n => {
        for (const t of document.querySelectorAll('#sprotty svg text[data-svg-metadata-type="label:name"]')) {
            if (t.textContent === n) return t.getAttribute('data-svg-metadata-parent-id').replace('sprotty_', '');
        }
        return null;
    }, name);
}
async function select(name) {
    const id = await nodeIdByName(name);
    assert(id, 'node ' + name + ' exists');
    const c = await center(id);
    await page.mouse.click(c.x - 60, c.y + 25);
    await page.waitForFunction(n => document.querySelector('#props-title')?.textContent.includes(n), name, { timeout: 5000 });
    return id;
}
async function setProp(prop, value) {
    await page.waitForTimeout(250);
    const input = page.locator(`#props-body [data-prop="${prop}"]`);
    await input.fill(value);
    await input.press('Enter');
    await page.waitForFunction(([p, v]) => document.querySelector(`#props-body [data-prop="${p}"]`)?.value === v
        && document.activeElement?.dataset?.prop !== p, [prop, value], { timeout: 5000 });
}
async function openModel(path) {
    await page.goto(`${studio.url}&model=${encodeURIComponent(path)}`);
    await page.waitForFunction(() => document.body.dataset.loaded, null, { timeout: 30000 });
    assert((await page.evaluate(() => document.body.dataset.loaded)) === 'true', 'model loaded');
    await page.waitForTimeout(300);
}
const tokenCookie = () => `spinflow_token_${studio.port}=${studio.token}`;
function upgrade(origin, withToken = true) {
    return new Promise(resolve => {
        const req = http.request({ host: '127.0.0.1', port: studio.port, path: '/glsp', headers: {
            Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13',
            'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==', ...(origin ? { Origin: origin } : {}),
            ...(withToken ? { Cookie: tokenCookie() } : {}) } });
        req.on('upgrade', (res, socket) => { socket.destroy(); resolve(res.statusCode); });
        req.on('response', res => { res.resume(); resolve(res.statusCode); });
        req.on('error', e => resolve('error ' + e.message));
        req.end();
    });
}

function get(path, headers = {}, withToken = true) {
    return new Promise(resolve => {
        const all = { ...(withToken ? { Cookie: tokenCookie() } : {}), ...headers };
        const req = http.request({ host: '127.0.0.1', port: studio.port, path, headers: all }, res => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', d => (body += d));
            res.on('end', () => resolve({ status: res.statusCode, body }));
        });
        req.on('error', e => resolve({ status: 'error ' + e.message, body: '' }));
        req.end();
    });
}

try {
    console.log('Spinflow studio browser tests');
    await step('launch chromium', async () => {
        ctx = await launchChromium();
        page = ctx.pages()[0] ?? (await ctx.newPage());
        page.on('pageerror', e => console.log('    page error:', e.message));
        page.on('dialog', d => (page.__onDialog ? page.__onDialog(d) : d.accept(page.__nextPrompt ?? '')));
    });
    await step('studio prints its URL first', async () => {
        studio = await startStudio({ java: a.java, jar: a.jar, lib: a.lib, root });
    });
    await step('open the Iris example: 5 nodes, 4 edges', async () => {
        await openModel(MODEL);
        await waitCount(NODE_SEL, 5);
        await waitCount(EDGE_SEL, 4);
        assert(await page.locator('#sprotty svg text.label-info', { hasText: '8 neurons · mtj-f-default' }).count() === 1, 'MTJ label shows shape and preset');
        await screenshot('iris-opened');
    });
    let mtjId;
    await step('add an MTJ array from the palette and connect it', async () => {
        await page.locator('.tool-palette .tool-button', { hasText: 'MTJ neuron array' }).click();
        const box = await page.locator('#sprotty').boundingBox();
        await page.mouse.move(box.x + 500, box.y + 320);
        await page.waitForTimeout(200);
        await page.mouse.down();
        await page.mouse.up();
        await page.waitForSelector('#sprotty svg text.label-name:text-is("mtj1")', { timeout: 10000 });
        await waitCount(NODE_SEL, 6);
        await page.keyboard.press('Escape');
        mtjId = await nodeIdByName('mtj1');
        assert(mtjId, 'new node mtj1');
        await screenshot('mtj-added');
        await page.locator('.tool-palette .tool-button', { hasText: 'Connection' }).click();
        const s = await center(await nodeIdByName('crossbar1'));
        const t = await center(mtjId);
        await page.mouse.move(s.x, s.y, { steps: 3 });
        await page.waitForTimeout(150);
        await page.mouse.down();
        await page.mouse.up();
        await page.mouse.move(t.x, t.y, { steps: 8 });
        await page.waitForTimeout(150);
        await page.mouse.down();
        await page.mouse.up();
        await waitCount(EDGE_SEL, 5);
        await page.keyboard.press('Escape');
        await screenshot('mtj-connected');
    });
    await step('undo and redo', async () => {
        await page.click('#btn-undo');
        await waitCount(EDGE_SEL, 4);
        await screenshot('undo');
        await page.click('#btn-redo');
        await waitCount(EDGE_SEL, 5);
        await screenshot('redo');
    });
    await step('delete the new node (and its connection)', async () => {
        const c = await center(mtjId);
        await page.mouse.click(c.x - 60, c.y + 25);
        await page.keyboard.press('Delete');
        await waitCount(NODE_SEL, 5);
        await waitCount(EDGE_SEL, 4);
    });
    await step('shape mismatch shows a marker', async () => {
        await select('crossbar1');
        await setProp('cols', '9');
        await page.waitForSelector('#sprotty svg g#sprotty_' + (await nodeIdByName('hidden1')) + ' .sprotty-issue', { timeout: 10000 });
        await page.waitForFunction(() => document.querySelector('#problem-list')?.textContent.includes('shapes differ'), null, { timeout: 10000 });
        assert(await page.locator('#sprotty svg text.label-info', { hasText: '4 × 9 + bias' }).count() === 1, 'label shows the new shape');
        await screenshot('shape-mismatch-marker');
        await page.click('#btn-undo');
        await page.waitForFunction(() => !document.querySelector('#problem-list')?.textContent.includes('shapes differ'), null, { timeout: 10000 });
        assert(await count('#sprotty svg .sprotty-issue') === 0, 'markers gone after undo');
    });
    await step('edit properties (node and network) and rename', async () => {
        await select('hidden1');
        await setProp('variability.scale', '0.5');
        await page.waitForFunction(() => document.querySelector('#props-body [data-prop="variability.scale"]')?.value === '0.5', null, { timeout: 5000 });
        await setProp('name', 'hidden');
        await page.waitForSelector('#sprotty svg text.label-name:text-is("hidden")', { timeout: 5000 });
        await page.mouse.click((await page.locator('#sprotty').boundingBox()).x + 600, (await page.locator('#sprotty').boundingBox()).y + 600);
        await page.waitForFunction(() => document.querySelector('#props-title')?.textContent.includes('Network'), null, { timeout: 5000 });
        await screenshot('properties-edited');
    });
    await step('train for two epochs: the chart advances and conductances are written back', async () => {
        await page.fill('#train-epochs', '2');
        await page.fill('#train-folds', '2');
        await page.click('#btn-train');
        await page.waitForFunction(() => window.spinflowTraining.epochs >= 1, null, { timeout: 120000 });
        await screenshot('training-epoch-1');
        await page.waitForFunction(() => window.spinflowTraining.chartPoints >= 2, null, { timeout: 120000 });
        await screenshot('training-chart-advanced');
        await page.waitForFunction(() => ['finished', 'error'].includes(window.spinflowTraining.state), null, { timeout: 180000 });
        const t = await page.evaluate(() => window.spinflowTraining);
        assert(t.state === 'finished', 'training finished: ' + JSON.stringify(t).slice(0, 300));
        assert(t.history.length >= 2 && t.history.every(h => isFinite(h.loss)), 'at least 2 epochs with a loss');
        await page.waitForSelector('#sprotty svg text.label-info:has-text("trained")', { timeout: 10000 });
        await select('crossbar1');
        await page.waitForFunction(() => document.querySelector('#details-canvas')?.dataset.kind === 'heatmap', null, { timeout: 5000 });
        await screenshot('trained-heatmap');
    });
    await step('cancel a run: the model stays as it was', async () => {
        const before = await page.locator('#sprotty svg text.label-info').allTextContents();
        await page.fill('#train-epochs', '400');
        await page.click('#btn-train');
        await page.waitForFunction(() => window.spinflowTraining.epochs >= 1, null, { timeout: 120000 });
        await page.click('#btn-cancel');
        await page.waitForFunction(() => window.spinflowTraining.state === 'cancelled', null, { timeout: 60000 });
        await screenshot('training-cancelled');
        const after = await page.locator('#sprotty svg text.label-info').allTextContents();
        assert(JSON.stringify(before) === JSON.stringify(after), 'labels unchanged after cancel');
    });
    await step('save, reload and check the saved XMI and layout', async () => {
        await page.click('#btn-save');
        await page.waitForFunction(() => document.body.dataset.dirty === 'false', null, { timeout: 10000 });
        const xmi = readFileSync(join(root, MODEL), 'utf8');
        assert(xmi.includes('name="hidden"'), 'renamed node saved');
        assert(/scale="0.5"/.test(xmi), 'edited property saved');
        assert(/gPlus="/.test(xmi), 'trained conductances saved');
        assert(xmi.includes('<runs'), 'training run saved');
        assert(!xmi.includes('layout') && !/ x="/.test(xmi), 'no layout inside the model');
        const layout = JSON.parse(readFileSync(join(root, MODEL + '.layout'), 'utf8'));
        assert(Object.keys(layout.nodes).length === 5 && layout.nodes.hidden, 'layout resource next to the model');
        await openModel(MODEL);
        await waitCount(NODE_SEL, 5);
        await waitCount(EDGE_SEL, 4);
        assert(await page.locator('#sprotty svg text.label-name:text-is("hidden")').count() === 1, 'reloaded with rename');
        await screenshot('reloaded');
    });
    await step('trained MTJ array shows its transfer curve with operating points (saved model)', async () => {
        await select('hidden');
        await page.waitForFunction(() => ['drawn', 'error'].includes(window.spinflowTransferCurve?.state)
            && window.spinflowTransferCurve.node === 'hidden', null, { timeout: 30000 });
        const t = await page.evaluate(() => window.spinflowTransferCurve);
        assert(t.state === 'drawn', 'transfer curve drawn: ' + JSON.stringify(t).slice(0, 300));
        assert(await page.locator('#curve-canvas[data-kind="transfer-curve"]').isVisible(), 'curve chart visible');
        assert(t.curvePoints >= 50, 'at least 50 curve points, got ' + t.curvePoints);
        assert(t.operatingPoints >= 1, 'at least one operating point, got ' + t.operatingPoints + ' ' + (t.reason ?? ''));
        assert(t.perNeuron.length === 8 && t.perNeuron.every(s => s[0] <= s[1] && s[1] <= s[2]), 'min <= median <= max drive per neuron');
        await screenshot('transfer-curve');
    });
    await step('save as and export standalone XMI', async () => {
        page.__nextPrompt = 'iris/iris-copy.spinflow';
        await page.click('#btn-save-as');
        await page.waitForFunction(() => document.body.dataset.dirty === 'false', null, { timeout: 10000 });
        // the layout is written just after the model: wait for both (a loaded machine needs longer)
        for (let i = 0; i < 200 && !(existsSync(join(root, 'iris/iris-copy.spinflow'))
            && existsSync(join(root, 'iris/iris-copy.spinflow.layout'))); i++) await page.waitForTimeout(100);
        assert(existsSync(join(root, 'iris/iris-copy.spinflow')) && existsSync(join(root, 'iris/iris-copy.spinflow.layout')), 'save as wrote model and layout');
        page.__nextPrompt = 'export/iris-standalone.xmi';
        await page.click('#btn-export');
        for (let i = 0; i < 50 && !existsSync(join(root, 'export/iris-standalone.xmi')); i++) await page.waitForTimeout(100);
        const x = readFileSync(join(root, 'export/iris-standalone.xmi'), 'utf8');
        assert(x.includes('schemaLocation') && existsSync(join(root, 'export/spinflow.ecore')), 'standalone XMI with metamodel');
        page.__nextPrompt = '../outside.xmi';
        await page.click('#btn-export');
        await page.waitForFunction(() => document.querySelector('#message-list')?.textContent.includes('Export refused'), null, { timeout: 5000 });
        await screenshot('saved-as-exported');
    });
    await step('?model=../../etc/passwd is refused', async () => {
        for (const bad of ['../../etc/passwd', '/etc/passwd', 'iris/../../../etc/passwd.spinflow']) {
            const resp = await page.goto(`${studio.url}&model=${encodeURIComponent(bad)}`);
            assert(resp.status() === 403, `status 403 for ${bad}, got ${resp.status()}`);
            assert((await page.textContent('#error')).includes('Refused'), 'readable message');
        }
        await screenshot('path-refused');
    });
    await step('/api/transfer-curve refuses paths outside the studio folder', async () => {
        for (const bad of ['../../etc/passwd', '/etc/passwd', 'iris/../../../etc/passwd.spinflow']) {
            const r = await get(`/api/transfer-curve?model=${encodeURIComponent(bad)}&node=x`);
            assert(r.status === 403, `status 403 for ${bad}, got ${r.status}`);
            assert(JSON.parse(r.body).error.includes('Refused'), 'readable message');
        }
        const foreign = await get(`/api/transfer-curve?model=${encodeURIComponent(MODEL)}&node=hidden`, { Host: 'evil.example:' + studio.port });
        assert(foreign.status === 400, 'foreign Host header refused, got ' + foreign.status);
        const ok = await get(`/api/transfer-curve?model=${encodeURIComponent(MODEL)}&node=hidden`);
        assert(ok.status === 200 && JSON.parse(ok.body).x.length >= 50, 'own model answered, got ' + ok.status);
    });
    await step('without the token: 403 for pages, API and WebSocket; the printed URL is answered', async () => {
        for (const path of ['/', `/?model=${encodeURIComponent(MODEL)}`, '/studio/main.js',
            `/api/transfer-curve?model=${encodeURIComponent(MODEL)}&node=hidden`, '/?token=' + '0'.repeat(64)]) {
            const r = await get(path, {}, false);
            assert(r.status === 403, `403 without the token for ${path}, got ${r.status}`);
        }
        const ws = await upgrade(`http://127.0.0.1:${studio.port}`, false);
        assert(ws === 403, 'WebSocket upgrade without the token refused, got ' + ws);
        const printed = await get('/?token=' + studio.token, {}, false);
        assert(printed.status === 200, 'the printed URL is answered, got ' + printed.status);
        // the page took the token out of its address bar and still works through the HttpOnly cookie
        await openModel(MODEL);
        assert(!page.url().includes('token='), 'token removed from the address: ' + page.url());
        assert(await page.evaluate(() => document.cookie) === '', 'the cookie is HttpOnly (invisible to scripts)');
    });
    await step('WebSocket from a foreign origin is refused', async () => {
        const foreign = await upgrade('http://evil.example');
        const none = await upgrade(null);
        const own = await upgrade(`http://127.0.0.1:${studio.port}`);
        assert(foreign === 403, 'foreign origin refused, got ' + foreign);
        assert(none === 403, 'missing origin refused, got ' + none);
        assert(own === 101, 'own origin accepted, got ' + own);
    });
    await step('file changed on disk: Save asks; Cancel keeps the disk version, OK overwrites it', async () => {
        await openModel(MODEL);
        await waitCount(NODE_SEL, 5);
        const file = join(root, MODEL);
        // another writer (a training run, another editor) changes the file after the page opened it
        const disk = readFileSync(file, 'utf8').replace(/description="[^"]*"/, 'description="written by another writer"');
        assert(disk.includes('written by another writer'), 'test changed the description');
        writeFileSync(file, disk);
        await select('hidden');
        await setProp('variability.scale', '0.75');
        await page.waitForFunction(() => document.body.dataset.dirty === 'true', null, { timeout: 10000 });
        const dialogs = [];
        page.__onDialog = d => { dialogs.push({ type: d.type(), message: d.message() }); d.dismiss(); };
        await page.click('#btn-save');
        await page.waitForFunction(() => window.spinflowConflict?.answer === 'keep', null, { timeout: 10000 });
        assert(dialogs.length === 1 && dialogs[0].type === 'confirm', 'one confirm dialog: ' + JSON.stringify(dialogs));
        assert(dialogs[0].message.includes(MODEL + ' changed on disk since it was opened (another editor or a training run wrote it). Overwrite it with your version?'),
            'dialog text: ' + dialogs[0].message);
        await page.waitForTimeout(300);
        assert(readFileSync(file, 'utf8') === disk, 'Cancel: the file on disk is unchanged');
        assert(await page.evaluate(() => document.body.dataset.dirty) === 'true', 'Cancel: the page keeps its edits (still dirty)');
        assert(await page.locator('#btn-reload').isVisible(), 'reload offered');
        await screenshot('file-changed-kept');
        page.__onDialog = d => { dialogs.push({ type: d.type(), message: d.message() }); d.accept(); };
        await page.click('#btn-save');
        await page.waitForFunction(() => document.body.dataset.dirty === 'false', null, { timeout: 10000 });
        assert(dialogs.length === 2 && dialogs[1].type === 'confirm', 'asked again: ' + JSON.stringify(dialogs));
        const xmi = readFileSync(file, 'utf8');
        assert(/scale="0.75"/.test(xmi) && !xmi.includes('written by another writer'), 'OK: the page version was written');
        // after the overwrite the page holds the file's new stamp: a plain save does not ask
        await setProp('variability.scale', '0.5');
        await page.click('#btn-save');
        await page.waitForFunction(() => document.body.dataset.dirty === 'false', null, { timeout: 10000 });
        assert(dialogs.length === 2 && /scale="0.5"/.test(readFileSync(file, 'utf8')), 'no question when nobody else wrote the file');
        page.__onDialog = null;
    });
    await step('embedded mode (?embedded=1): diagram and palette only', async () => {
        await page.goto(`${studio.url}&model=${encodeURIComponent(MODEL)}&embedded=1`);
        await page.waitForFunction(() => document.body.dataset.loaded, null, { timeout: 30000 });
        assert((await page.evaluate(() => document.body.dataset.loaded)) === 'true', 'model loaded');
        await waitCount(NODE_SEL, 5);
        assert(!(await page.locator('#toolbar').isVisible()), 'toolbar hidden');
        assert(!(await page.locator('#side').isVisible()), 'side panels hidden');
        await page.waitForSelector('.tool-palette', { state: 'visible', timeout: 10000 });
        const api = await page.evaluate(() => ['editorContext', 'dispatcher', 'save', 'undo', 'redo', 'fit'].filter(k => !window.spinflow?.[k]));
        assert(api.length === 0, 'window.spinflow API kept, missing ' + api);
        assert(await count(NODE_SEL + '.spinflow-node') === 5, '.spinflow-node class kept');
        await screenshot('embedded');
    });
} catch (e) {
    process.exitCode = 1;
} finally {
    if (ctx) await ctx.close().catch(() => {});
    if (studio) studio.proc.kill();
    rmSync(root, { recursive: true, force: true });
    const failed = results.filter(r => !r.ok).length;
    console.log(`${results.length - failed} passed, ${failed} failed; screenshots in ${out}`);
    if (failed) process.exitCode = 1;
}
