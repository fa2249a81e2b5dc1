// The three browser engines of the cross-engine spec, each from Debian's packages, behind one small Tab interface:
// Chromium (CDP) and Firefox (WebDriver BiDi) through puppeteer-core; WebKit (WebKitGTK's MiniBrowser) through
// WebKitWebDriver's W3C endpoints (tests/engines/webdriver.ts) under Xvfb. Nothing downloads a browser.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import puppeteer, { type Page } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../tools/chromium.ts';
import { WebDriverSession } from './webdriver.ts';

export const ENGINES = ['chromium', 'webkit', 'firefox'] as const;
export type EngineName = (typeof ENGINES)[number];

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
/** Where Debian's libwebkit2gtk-4.1-0 (pulled in by webkit2gtk-driver) puts WebKitGTK's MiniBrowser. */
const MINIBROWSER_PATHS = [
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
].filter((p): p is string => Boolean(p));
const XVFB = '/usr/bin/Xvfb';
const VIEWPORT = { width: 1280, height: 800 };

/** What an engine needs and this machine lacks, with the Debian package that brings it. */
export function missingFor(engine: EngineName): string[] {
  const need: [string | undefined, string][] =
    engine === 'chromium'
      ? [[CHROMIUM, 'chromium']]
      : engine === 'firefox'
        ? [[FIREFOX, 'firefox-esr']]
        : [
            [WEBKIT_DRIVER, 'webkit2gtk-driver'],
            [MINIBROWSER_PATHS.find((p) => fs.existsSync(p)), 'libwebkit2gtk-4.1-0 (MiniBrowser)'],
            [process.env.DISPLAY ? 'display' : XVFB, 'xvfb'],
          ];
  return need.filter(([file]) => !file || (file !== 'display' && !fs.existsSync(file))).map(([, pkg]) => pkg);
}

/** One browser window (a tab), driven the way a person uses it. */
export interface Tab {
  /** Loads `url` and waits until the app has hydrated it (the app sets <html data-hydrated>, src/app/App.tsx). */
  open(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn` in the page with JSON arguments and returns its JSON result (it must not use anything outside). */
  run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** A real click (the engine's input events) on the first element matching a CSS selector. */
  click(selector: string): Promise<void>;
  /** Console errors, uncaught errors and CSP violations seen so far (tests/engines/watch.js); empties the list. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  version: string;
  newTab(): Promise<Tab>;
  close(): Promise<void>;
}

/** What each protocol must do; the Tab on top of it is the same for every engine. */
interface Driver {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate(expression: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

export async function launch(
  engine: EngineName,
  options: { timeZone: string; driverPort: number },
): Promise<Engine> {
  // Every engine takes the process's TZ as the visitor's time zone (Playwright's timezoneId has no WebDriver twin).
  const env = { ...process.env, TZ: options.timeZone };
  if (engine === 'webkit') return launchWebKit(env, options.driverPort);
  const browser =
    engine === 'chromium'
      ? await puppeteer.launch({
          browser: 'chrome',
          executablePath: CHROMIUM,
          args: CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'),
          headless: true,
          env,
          defaultViewport: VIEWPORT,
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: FIREFOX,
          headless: true,
          env,
          defaultViewport: VIEWPORT,
        });
  const version = await browser.version();
  let first: Page | undefined = (await browser.pages())[0];
  return {
    name: engine,
    version,
    newTab: async () => {
      const page = first ?? (await browser.newPage());
      first = undefined;
      return tabOn(puppeteerDriver(page));
    },
    close: () => browser.close(),
  };
}

function puppeteerDriver(page: Page): Driver {
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    evaluate: (expression) => page.evaluate(expression),
    // A person taps in the window in front (puppeteer's click waits for the element to scroll into view, which a
    // background tab in Chromium never reports).
    click: async (selector) => {
      await page.bringToFront();
      await page.click(selector);
    },
    close: () => page.close(),
  };
}

async function launchWebKit(env: NodeJS.ProcessEnv, port: number): Promise<Engine> {
  const children: ChildProcess[] = [];
  const stop = () => children.reverse().forEach((child) => child.kill());
  try {
    if (!env.DISPLAY) {
      const xvfb = spawn(XVFB, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      children.push(xvfb);
      env.DISPLAY = `:${(await firstLine(xvfb)).trim()}`;
    }
    const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env, stdio: 'ignore' });
    children.push(driver);
    const driverUrl = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await fetch(`${driverUrl}/status`)).ok, 10_000, 'WebKitWebDriver to start');
    const session = await WebDriverSession.create(driverUrl, {
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER_PATHS.find((p) => fs.existsSync(p)),
        args: ['--automation'],
      },
    });
    await session.command('POST', '/window/rect', VIEWPORT);
    let first: string | undefined = session.currentWindow();
    return {
      name: 'webkit',
      version: `WebKitGTK ${String(session.capabilities.browserVersion)}`,
      newTab: async () => {
        const handle = first ?? (await session.newWindow());
        first = undefined;
        return tabOn(webDriverDriver(session, handle));
      },
      close: async () => {
        await session.delete().catch(() => undefined);
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

function webDriverDriver(session: WebDriverSession, handle: string): Driver {
  return {
    goto: async (url) => {
      await session.use(handle);
      await session.command('POST', '/url', { url });
    },
    reload: async () => {
      await session.use(handle);
      await session.command('POST', '/refresh');
    },
    evaluate: async (expression) => {
      await session.use(handle);
      const result = (await session.executeAsync(
        `const done = arguments[0];
         Promise.resolve().then(() => ${expression}).then(
           (value) => done({ value: value === undefined ? null : value }),
           (error) => done({ error: String((error && error.stack) || error) }));`,
        [],
      )) as { value: unknown } | { error: string };
      if ('error' in result) throw new Error(result.error);
      return result.value;
    },
    click: async (selector) => {
      await session.use(handle);
      await session.click(selector);
    },
    close: () => session.closeWindow(handle),
  };
}

function tabOn(driver: Driver): Tab {
  const seen: string[] = [];
  const run = async <A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> =>
    (await driver.evaluate(`(${fn.toString()})(...${JSON.stringify(args)})`)) as Awaited<R>;
  // Errors live in the page: take them before it goes (a page the watcher never ran in has none to give).
  const collect = async () => {
    const errors = await run(() => {
      const list = (window as unknown as { __engineErrors?: string[] }).__engineErrors ?? [];
      return list.splice(0, list.length);
    }).catch(() => []);
    seen.push(...errors);
  };
  const hydrated = () =>
    waitFor(
      () => run(() => document.documentElement.dataset.hydrated === 'true'),
      15_000,
      'the app to hydrate',
    );
  return {
    open: async (url) => {
      await collect();
      await driver.goto(url);
      await hydrated();
    },
    reload: async () => {
      await collect();
      await driver.reload();
      await hydrated();
    },
    run,
    click: (selector) => driver.click(selector),
    errors: async () => {
      await collect();
      return seen.splice(0, seen.length);
    },
    close: async () => {
      await collect();
      await driver.close();
    },
  };
}

async function waitFor(check: () => Promise<boolean>, timeout: number, what: string): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before naming its display`)));
  });
}
