// Bundles the studio client with esbuild into target/dist (packaged by org.spinflow.glsp as /studio/*).
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

const out = 'target/dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await esbuild.build({
    entryPoints: { bundle: 'src/main.ts' },
    bundle: true,
    // SPINFLOW_NO_MINIFY=1: readable function names (for a profile of test/bench.mjs --cpuprofile)
    minify: !process.env.SPINFLOW_NO_MINIFY,
    sourcemap: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    outdir: out,
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: 'tsconfig.json',
    logLevel: 'warning'
});
cpSync('static', out, { recursive: true });
console.log('studio client built into ' + out);
