import { chromium } from 'playwright-core';
const root = 'node_modules/.cache/sparticuz-chromium/143.0.4';
const args = ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'];
const env = { ...process.env, LD_LIBRARY_PATH: root + '/lib', ...(process.env.FC ? { FONTCONFIG_PATH: process.env.FC } : {}) };
const browser = await chromium.launch({ executablePath: root + '/chromium', headless: true, args, env, timeout: 20000 });
const page = await browser.newPage();
try {
  await page.setContent('<h1>hi</h1><script>document.body.append(String(1+1))</script>');
  console.log(await page.textContent('body'));
} catch (e) { console.log('FAIL', String(e).slice(0, 300)); }
await browser.close();
