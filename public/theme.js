// Runs before first paint (a plain blocking script, no inline code under the CSP). It applies what is stored on
// this device that changes the first paint:
// - a remembered theme choice, on <html data-theme> (without one, CSS follows prefers-color-scheme); key shared
//   with src/lib/preference-storage.ts;
// - whether any favorite is saved, on <html data-favorites="saved">, so /favorites shows its prerendered empty state
//   only to people who have none (the list itself renders once the app has read it); key and format shared with
//   src/features/favorites/favorites-store.ts.
(function () {
  var root = document.documentElement;
  try {
    var theme = localStorage.getItem('rosie-theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch {
    // Storage blocked: the system setting applies.
  }
  try {
    var saved = JSON.parse(localStorage.getItem('rosie:favorites') || 'null');
    var state = saved && saved.state;
    var slugs = state && (state.slugs || state.favorites);
    if (slugs && slugs.length > 0) root.setAttribute('data-favorites', 'saved');
  } catch {
    // Unreadable or blocked: the page shows the empty state, and the app says why once it starts.
  }
})();
