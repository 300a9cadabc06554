// What the browser tests share: a temporary store (the demo articles, `dossier demo --db`), `dossier serve` on a
// free loopback port, headless Chromium (the Debian package, driven by playwright-core), screenshots and a record of
// anything that goes wrong in the page (errors, CSP refusals, dialogs).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/dossier.mjs');
export const SCREENSHOTS = join(ROOT, 'test/e2e/screenshots');
export const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';
const run = promisify(execFile);

export const hasChromium = () => existsSync(CHROMIUM);

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The demo articles in a new store at `db`. */
export async function demoStore(db: string): Promise<void> {
  await run(process.execPath, [BIN, 'demo', '--db', db], { cwd: ROOT, timeout: 60_000 });
}

export async function ingestFile(db: string, file: string): Promise<string> {
  const { stdout, stderr } = await run(process.execPath, [BIN, 'ingest', file, '--db', db, '--jobs', '1'], { cwd: ROOT, timeout: 60_000 });
  return stdout + stderr;
}

/** dist/ui built from the current ui/ sources (the server serves dist/ui): rebuilt when a source is newer. */
export async function ensureUi(): Promise<void> {
  const index = join(ROOT, 'dist/ui/index.html');
  const newest = (dir: string): number => {
    let t = 0;
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
    return t;
  };
  if (existsSync(index) && statSync(index).mtimeMs >= newest(join(ROOT, 'ui'))) return;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'ui/vite.config.ts'), logLevel: 'warn' });
}

export interface Server { url: string; stop: () => Promise<void>; output: () => string }

/** `dossier serve` on the store, on a free loopback port (--port 0; it prints its URL), answering /api/health. */
export async function serve(db: string, env: Record<string, string> = {}, host?: string): Promise<Server> {
  const args = [BIN, 'serve', '--port', '0', '--db', db, ...(host ? ['--host', host] : [])];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d));
  child.stderr!.on('data', (d: Buffer) => (output += d));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`dossier serve exited (${child.exitCode}):\n${output}`);
    // The URL it prints; a wildcard address is reached through loopback.
    const port = /https?:\/\/[^\s/]+:(\d+)/.exec(output)?.[1];
    const url = port && `http://127.0.0.1:${port}`;
    if (url) {
      try {
        const res = await fetch(`${url}/api/health`, { headers: env.DOSSIER_TOKEN ? { authorization: `Bearer ${env.DOSSIER_TOKEN}` } : {} });
        if (res.ok) return { url, stop, output: () => output };
      } catch { /* not answering yet */ }
    }
    if (Date.now() > deadline) { await stop(); throw new Error(`dossier serve did not answer in 30 s:\n${output}`); }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export type Theme = 'light' | 'dark';
export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** A page that records what must not happen: uncaught errors, console errors (CSP refusals are console errors) and
 *  dialogs (which it dismisses). */
export async function newPage(browser: Browser, opts: { theme?: Theme; viewport?: keyof typeof VIEWPORTS } = {}): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const vp = VIEWPORTS[opts.viewport ?? 'desktop'];
  const context = await browser.newContext({ viewport: vp, colorScheme: opts.theme ?? 'light', isMobile: opts.viewport === 'phone', hasTouch: opts.viewport === 'phone' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('dialog', (d) => { problems.push(`dialog: ${d.type()} ${d.message()}`); void d.dismiss(); });
  return { page, context, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
