// Shared-element ids (framer-motion layoutId) that link one feature's element to another's across a route change,
// e.g. a tracklist row's title flying into the track page's heading.

export const trackTitleLayoutId = (slug: string) => `track-title-${slug}`;
