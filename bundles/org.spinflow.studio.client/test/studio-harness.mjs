// Shared helpers of the browser tests and the benchmark: start the studio, launch Debian chromium.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const CHROMIUM = process.env.SPINFLOW_CHROMIUM ?? '/usr/bin/chromium';

export function args() {
    const a = {};
    const argv = process.argv.slice(2);
    for (let i = 0; i < argv.length; i++) {
        if (argv[i].startsWith('--')) a[argv[i].slice(2)] = argv[++i];
    }
    return a;
}

/**
 * A new folder in the temporary directory, removed when this process exits; remove() removes it earlier (and
 * drops the exit hook).
 */
function scratchDir(prefix) {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    const onExit = () => rmSync(dir, { recursive: true, force: true });
    process.once('exit', onExit);
    return { dir, remove: () => { onExit(); process.off('exit', onExit); } };
}

/**
 * Starts `java -cp JAR:LIB/*[:EXTRA] Studio ROOT --port 0` and resolves with {url, base, token, port, proc} from its
 * first line `Spinflow studio: http://127.0.0.1:PORT/?token=TOKEN` (url is that address; add parameters with `&`).
 * EXTRA: more jars, e.g. one contributing node kinds.
 */
export function startStudio({ java, jar, lib, root, extra, port, token, jvmArgs, recovery }) {
    return new Promise((resolve, reject) => {
        const cp = `${jar}:${lib}/*` + (extra ? `:${extra}` : '');
        // port and token given: a restart under the same address (open pages reconnect to it); the recovery copies of
        // unsaved edits go to RECOVERY (give the same folder to a restarted server), never to the user's own state folder
        // a folder of our own is removed when this process exits, whether or not the test removed it itself
        recovery ??= scratchDir('spinflow-recovery-').dir;
        const env = { ...process.env, SPINFLOW_STUDIO_RECOVERY: recovery, ...(token ? { SPINFLOW_STUDIO_TOKEN: token } : {}) };
        // jvmArgs (the benchmark's --jvm, e.g. a flight recording): the JVM may print its own lines first
        const proc = spawn(java, [...(jvmArgs ?? []), '-cp', cp, 'org.spinflow.glsp.studio.Studio', root, '--port', String(port ?? 0)], {
            stdio: ['ignore', 'pipe', 'pipe'], env
        });
        let stderr = '';
        proc.stderr.on('data', d => (stderr += d.toString()));
        const rl = createInterface({ input: proc.stdout });
        let first = true;
        rl.on('line', line => {
            if (!first) return;
            if (jvmArgs?.length && !line.startsWith('Spinflow studio: ')) return;
            first = false;
            const m = /^Spinflow studio: ((http:\/\/127\.0\.0\.1:(\d+)\/)\?token=([0-9a-f]{64}))$/.exec(line);
            if (!m) {
                proc.kill();
                reject(new Error('unexpected first line of the studio: ' + JSON.stringify(line) + '\n' + stderr));
            } else {
                resolve({ url: m[1], base: m[2], port: Number(m[3]), token: m[4], proc, recovery, stderr: () => stderr });
            }
        });
        proc.on('exit', code => {
            if (first) reject(new Error('studio exited with ' + code + '\n' + stderr));
        });
        setTimeout(() => first && reject(new Error('studio did not start in 60 s\n' + stderr)), 60000);
    });
}

/** Stops a studio started by startStudio and resolves once its process has exited (its port is free again). */
export function stopStudio(studio) {
    return new Promise(resolve => {
        if (studio.proc.exitCode !== null || studio.proc.signalCode !== null) return resolve();
        studio.proc.once('exit', () => resolve());
        studio.proc.kill();
    });
}

export async function launchChromium() {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`Chromium is not installed at ${CHROMIUM}: the browser tests need Debian's chromium ` +
            `(apt-get install -y chromium). They are not skipped silently.`);
    }
    const { chromium } = await import('playwright-core');
    // the browser's profile (about 11 MB) is removed when the context closes, or when this process exits
    // without closing it; before, every run left one in the temporary directory
    const { dir: profile, remove: removeProfile } = scratchDir('spinflow-chromium-');
    const ctx = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1400, height: 860 },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync']
    });
    const close = ctx.close.bind(ctx);
    ctx.close = async (...args) => {
        try {
            await close(...args);
        } finally {
            removeProfile();
        }
    };
    return ctx;
}

// creation ghosts get random UUID ids, server nodes are n<number>
export const NODE_SEL = '#sprotty svg g[data-svg-metadata-type^="node:"][id^="sprotty_n"]';
// the Connection tool's dangling edge (class feedback-edge, drawn from the source to the pointer) is not a connection
export const EDGE_SEL = '#sprotty svg g[data-svg-metadata-type="edge:connection"]:not(.feedback-edge)';

/** A chain of n nodes (input, then crossbars and MTJ arrays alternating, readout), as a .spinflow file's text. */
export function chainModel(n) {
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
<spinflow:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:spinflow="http://spinflow.org/spinflow/1.0" name="chain${n}">
${nodes.join('\n')}
${conns.map(([s, t]) => `<connections source="//@nodes[name='${s}']/@ports[name='out']" target="//@nodes[name='${t}']/@ports[name='in']"/>`).join('\n')}
</spinflow:Network>
`;
}

/** What the studio writes on save for chainModel(n): the nodes left to right, as the auto-layout places a chain. */
export function chainLayout(n, modelName) {
    const names = ['input'];
    for (let i = 1; names.length < n - 1; i++) names.push((i % 2 ? 'xb' : 'mtj') + i);
    names.push('readout');
    const nodes = Object.fromEntries(names.map((name, i) => [name, { x: 20 + i * 250, y: 20, width: 190, height: 74 }]));
    return JSON.stringify({ version: 1, model: modelName, nodes }, null, 2);
}
