// Served by the cross-engine test server as the first script of every page (tests/engines/server.ts), in every
// engine alike: WebDriver classic (WebKit) has no way to run a script before a page's own, nor to read its console.
// Records what the Playwright fixture fails a test on: console errors, uncaught errors and rejections, resources that
// failed to load, CSP violations. The spec reads and empties window.__engineErrors.
(() => {
  const errors = [];
  window.__engineErrors = errors;
  const text = (args) =>
    args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' ');
  const { error, warn } = console;
  console.error = (...args) => {
    errors.push(`[console.error] ${text(args)}`);
    error.apply(console, args);
  };
  console.warn = (...args) => {
    if (/Content Security Policy|hydrat/i.test(text(args))) errors.push(`[console.warn] ${text(args)}`);
    warn.apply(console, args);
  };
  window.addEventListener(
    'error',
    (event) => {
      if (event instanceof ErrorEvent) {
        errors.push(`[error] ${event.message} at ${event.filename}:${event.lineno}`);
      } else {
        const element = event.target;
        errors.push(`[load failed] <${element.localName}> ${element.src || element.href || ''}`);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason;
    errors.push(
      `[unhandled rejection] ${reason instanceof Error ? `${reason.message}\n${reason.stack}` : reason}`,
    );
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    errors.push(
      `[csp] ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
    );
  });
})();
