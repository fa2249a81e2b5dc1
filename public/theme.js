// Runs before first paint (a plain blocking script, no inline code under the CSP): applies a remembered theme
// choice to <html data-theme>. Without a choice, CSS follows prefers-color-scheme. Key shared with
// src/lib/preference-storage.ts.
(function () {
  try {
    var theme = localStorage.getItem('rosie-theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  } catch {
    // Storage blocked: the system setting applies.
  }
})();
