import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const port = process.argv[2];
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/pw-'), { executablePath: '/usr/bin/chromium', headless: true,
  args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = ctx.pages()[0] ?? await ctx.newPage();
page.on('console', m => console.log('console:', m.type(), m.text().slice(0, 300)));
page.on('requestfailed', r => console.log('reqfail', r.url()));
page.on('response', r => { if (r.status() >= 400) console.log('status', r.status(), r.url()); });
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto(`http://127.0.0.1:${port}/?model=iris/iris-mtj.spinflow`);
await page.waitForFunction(() => document.body.dataset.loaded, null, { timeout: 20000 }).catch(e => console.log('timeout', e.message));
await page.waitForTimeout(1500);
console.log('loaded', await page.evaluate(() => document.body.dataset.loaded), await page.evaluate(() => window.spinflowLoadMillis));
console.log('nodes', await page.locator('#sprotty g.node-input, #sprotty [id$="_n1"]').count());
console.log(await page.evaluate(() => document.querySelector('#sprotty')?.innerHTML.slice(0, 1500)));
await page.screenshot({ path: '/tmp/probe.png' });
await ctx.close();
