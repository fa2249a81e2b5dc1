// A thin client of the W3C WebDriver (classic) HTTP endpoints: just what the cross-engine spec needs of
// WebKitWebDriver (WebKitGTK has no WebDriver BiDi yet, so no npm client's BiDi path applies; this is ~80 lines).

/** The W3C key under which an element reference comes back from "find element". */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriverSession {
  private current = '';

  private constructor(
    private readonly base: string,
    /** What the driver said it opened, e.g. { browserName: 'MiniBrowser', browserVersion: '2.50.6', … }. */
    readonly capabilities: Record<string, unknown>,
  ) {}

  /** Opens a session on the driver at `driverUrl` (e.g. http://127.0.0.1:4321) with these capabilities. */
  static async create(driverUrl: string, capabilities: object): Promise<WebDriverSession> {
    const created = (await send(`${driverUrl}/session`, 'POST', {
      capabilities: { alwaysMatch: capabilities },
    })) as {
      sessionId: string;
      capabilities: Record<string, unknown>;
    };
    const session = new WebDriverSession(`${driverUrl}/session/${created.sessionId}`, created.capabilities);
    session.current = (await session.command('GET', '/window')) as string;
    return session;
  }

  command(method: 'GET' | 'POST' | 'DELETE', path: string, body?: object): Promise<unknown> {
    return send(`${this.base}${path}`, method, body ?? (method === 'POST' ? {} : undefined));
  }

  /** Makes `handle` the window the next commands go to (one window is current per session). */
  async use(handle: string): Promise<void> {
    if (this.current === handle) return;
    await this.command('POST', '/window', { handle });
    this.current = handle;
  }

  currentWindow(): string {
    return this.current;
  }

  async newWindow(): Promise<string> {
    const { handle } = (await this.command('POST', '/window/new', { type: 'tab' })) as { handle: string };
    return handle;
  }

  async closeWindow(handle: string): Promise<void> {
    await this.use(handle);
    await this.command('DELETE', '/window');
    const [next] = (await this.command('GET', '/window/handles')) as string[];
    this.current = '';
    if (next) await this.use(next);
  }

  /** Runs `script` (a function body; `arguments` holds `args`, then the callback) and returns what it called back. */
  executeAsync(script: string, args: unknown[]): Promise<unknown> {
    return this.command('POST', '/execute/async', { script, args });
  }

  async click(selector: string): Promise<void> {
    const found = (await this.command('POST', '/element', {
      using: 'css selector',
      value: selector,
    })) as Record<string, string>;
    await this.command('POST', `/element/${found[ELEMENT]}/click`);
  }

  async delete(): Promise<void> {
    await this.command('DELETE', '');
  }
}

async function send(url: string, method: string, body?: object): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: body ? { 'content-type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  const { value } = (await response.json()) as { value: unknown };
  if (!response.ok) {
    const { error, message } = value as { error: string; message: string };
    throw new Error(`WebDriver ${method} ${new URL(url).pathname}: ${error}: ${message}`);
  }
  return value;
}
