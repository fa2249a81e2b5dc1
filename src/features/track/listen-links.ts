// Where to listen: the Apple Music album by its verified id, and search links elsewhere. Never a guessed track id.

export interface ListenLink {
  service: 'apple-music' | 'spotify' | 'youtube-music';
  url: string;
}

interface ListenInput {
  album: { artist: string; appleMusicId: string };
  track: { title: string };
}

/** The search words for a track: its title as styled and the artist ("APT. ROSÉ"). */
export function searchQuery({ album, track }: ListenInput): string {
  return `${track.title} ${album.artist}`;
}

export function listenLinks(input: ListenInput): ListenLink[] {
  const query = encodeURIComponent(searchQuery(input));
  return [
    {
      service: 'apple-music',
      url: `https://music.apple.com/album/${encodeURIComponent(input.album.appleMusicId)}`,
    },
    { service: 'spotify', url: `https://open.spotify.com/search/${query}` },
    { service: 'youtube-music', url: `https://music.youtube.com/search?q=${query}` },
  ];
}
