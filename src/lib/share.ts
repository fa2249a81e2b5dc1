// Sharing a URL, in one place: the Web Share API where the browser has it, else the clipboard, else the caller
// shows the URL in a field for the person to copy. Features call `shareUrl` and render the outcome.

export type ShareOutcome =
  /** The system share sheet took it. */
  | { kind: 'shared' }
  /** The person closed the share sheet: nothing to say. */
  | { kind: 'cancelled' }
  /** Copied to the clipboard: say "Link copied". */
  | { kind: 'copied' }
  /** Neither worked: show the URL, selected, in a field. */
  | { kind: 'manual'; url: string };

export interface ShareTarget {
  url: string;
  title: string;
  text?: string;
}

export async function shareUrl(target: ShareTarget, nav: Navigator = navigator): Promise<ShareOutcome> {
  if (typeof nav.share === 'function') {
    const data = { url: target.url, title: target.title, text: target.text };
    if (typeof nav.canShare !== 'function' || nav.canShare(data)) {
      try {
        await nav.share(data);
        return { kind: 'shared' };
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return { kind: 'cancelled' };
        // NotAllowedError and friends: fall through to the clipboard.
      }
    }
  }
  try {
    // Absent outside secure contexts, whatever the DOM types say.
    const clipboard = nav.clipboard as Clipboard | undefined;
    if (!clipboard) throw new Error('no clipboard');
    await clipboard.writeText(target.url);
    return { kind: 'copied' };
  } catch {
    return { kind: 'manual', url: target.url };
  }
}

/** The absolute URL of an app path: origin + Vite base + path ("/track/apt" → "https://…/rosie/track/apt"). */
export function absoluteUrl(path: string, origin: string = window.location.origin): string {
  return `${origin}${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
}

export type FileShareOutcome = 'shared' | 'cancelled' | 'downloaded';

/**
 * Shares a file (an image) through the Web Share API where the browser can share files (`navigator.canShare({
 * files })`), else saves it as a download. Call it from a click, with the file already made: the share sheet needs
 * the click's user activation, which a long wait would use up.
 */
export async function shareFile(
  file: File,
  title: string,
  nav: Navigator = navigator,
): Promise<FileShareOutcome> {
  const data = { files: [file], title };
  if (typeof nav.share === 'function' && typeof nav.canShare === 'function' && nav.canShare(data)) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // NotAllowedError (the activation ran out) and friends: save it instead.
    }
  }
  downloadFile(file);
  return 'downloaded';
}

/** Saves a file: a Blob behind an object URL, clicked through a temporary <a download>. */
export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
