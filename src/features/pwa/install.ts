// Install detection, pure: is the app already running installed, and is this iOS Safari (which has no
// beforeinstallprompt and installs through Share → Add to Home Screen)?

/** The event Chromium fires when the app can be installed (not in the DOM typings). */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

export function isIosSafari(userAgent: string, maxTouchPoints: number): boolean {
  // iPadOS reports itself as a Mac; touch points tell them apart.
  const ios = /iPad|iPhone|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  const otherBrowser = /CriOS|FxiOS|EdgiOS|OPiOS|GSA\/|YaBrowser|DuckDuckGo/.test(userAgent);
  return ios && /Safari\//.test(userAgent) && !otherBrowser;
}

/** Running as an installed app: Chromium's display-mode media query, or iOS's navigator.standalone. */
export function isStandalone(matches: (mediaQuery: string) => boolean, iosStandalone: unknown): boolean {
  return (
    matches('(display-mode: standalone)') ||
    matches('(display-mode: window-controls-overlay)') ||
    iosStandalone === true
  );
}
