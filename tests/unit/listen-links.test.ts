import { describe, expect, it } from 'vitest';
import { listenLinks } from '../../src/features/track/listen-links.ts';
import { content } from '../fixtures.ts';

const { album, tracks } = content();

describe('listenLinks', () => {
  it('links the album on Apple Music by its verified id, and searches elsewhere by title and artist', () => {
    const apt = tracks.find((t) => t.slug === 'apt')!;
    expect(listenLinks({ album, track: apt })).toEqual([
      { service: 'apple-music', url: `https://music.apple.com/album/${album.appleMusicId}` },
      { service: 'spotify', url: 'https://open.spotify.com/search/APT.%20ROS%C3%89' },
      { service: 'youtube-music', url: 'https://music.youtube.com/search?q=APT.%20ROS%C3%89' },
    ]);
  });

  it('never puts a track id in a link: every track gets the same album link and a search for its own title', () => {
    const apple = new Set(tracks.map((track) => listenLinks({ album, track })[0]!.url));
    expect(apple.size).toBe(1);
    for (const track of tracks) {
      const [, spotify, youtube] = listenLinks({ album, track });
      expect(decodeURIComponent(spotify!.url)).toContain(track.title);
      expect(new URL(youtube!.url).searchParams.get('q')).toBe(`${track.title} ROSÉ`);
    }
  });
});
