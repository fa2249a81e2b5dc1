import { afterEach, describe, expect, it, vi } from 'vitest';
import { imageLayout, IMAGE_FORMATS } from '../../src/features/rank/rank-image.ts';
import { parseSharedRanking, placeNumbers, rankingPath } from '../../src/features/rank/rank-link.ts';
import { shareFile } from '../../src/lib/share.ts';
import { content } from '../fixtures.ts';

const tracks = content().tracks;

describe('shared ranking links', () => {
  it('write the places by slug, "," between places and "~" inside a tie, and read back the same', () => {
    const places = [['apt'], ['gameboy', '3am'], ['number-one-girl']];
    const path = rankingPath('/ko/rank', places);
    expect(path).toBe('/ko/rank?r=apt,gameboy~3am,number-one-girl');
    expect(parseSharedRanking(path.slice(path.indexOf('?')), tracks)).toEqual({ places, ignored: 0 });
  });

  it('ignore and count unknown, repeated and empty-named entries; accept any spelling of a title', () => {
    expect(parseSharedRanking('?r=APT.,nope,Game%20Boy~apt,,~,%E0%A4%A', tracks)).toEqual({
      places: [['apt'], ['gameboy']],
      ignored: 3,
    });
  });

  it('cap a link at 100 entries, counting the rest as ignored', () => {
    const many = Array.from({ length: 150 }, () => 'nope').join(',');
    expect(parseSharedRanking(`?r=apt,${many}`, tracks)).toEqual({ places: [['apt']], ignored: 150 });
  });

  it('are absent without the parameter, and empty when it names nothing known', () => {
    expect(parseSharedRanking('?shared=apt', tracks)).toBeNull();
    expect(parseSharedRanking('?r=', tracks)).toEqual({ places: [], ignored: 0 });
  });

  it('number places so tracks that share one share its number and the next skips', () => {
    expect(placeNumbers([['a'], ['b', 'c'], ['d'], ['e', 'f', 'g'], ['h']])).toEqual([1, 2, 4, 5, 8]);
  });
});

describe('the ranking image layout', () => {
  it('keeps every row, the cover, the title and the footer inside the image, for 1 to 12 rows', () => {
    for (const format of ['portrait', 'story'] as const) {
      for (let rows = 1; rows <= 12; rows++) {
        const layout = imageLayout(format, rows);
        expect([layout.width, layout.height]).toEqual([
          IMAGE_FORMATS[format].width,
          IMAGE_FORMATS[format].height,
        ]);
        expect(layout.cover.x + layout.cover.size).toBeLessThanOrEqual(layout.width);
        expect(layout.title.x + layout.title.maxWidth).toBeLessThanOrEqual(layout.width);
        const rowsEnd = layout.rows.top + rows * layout.rows.height;
        expect(layout.rows.top).toBeGreaterThan(
          Math.max(layout.cover.y + layout.cover.size, layout.title.y) - 1,
        );
        expect(rowsEnd).toBeLessThan(layout.footer.y - layout.footer.size);
        expect(layout.rows.fontSize).toBeGreaterThanOrEqual(30);
      }
    }
  });

  it('sizes the two formats for a post (1080×1350) and a story (1080×1920)', () => {
    expect(IMAGE_FORMATS).toEqual({
      portrait: { width: 1080, height: 1350 },
      story: { width: 1080, height: 1920 },
    });
  });
});

describe('shareFile: Web Share with files, else a download', () => {
  const file = new File(['png'], 'rosie-ranking-portrait.png', { type: 'image/png' });
  afterEach(() => vi.restoreAllMocks());

  const downloads = () => {
    const clicks: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    return clicks;
  };

  it('shares the file where the browser can share files', async () => {
    const clicks = downloads();
    const share = vi.fn(() => Promise.resolve());
    const nav = {
      share,
      canShare: (data: ShareData) => (data.files?.length ?? 0) > 0,
    } as unknown as Navigator;
    expect(await shareFile(file, 'My ranking', nav)).toBe('shared');
    expect(share).toHaveBeenCalledWith({ files: [file], title: 'My ranking' });
    expect(clicks).toEqual([]);
  });

  it('downloads it where files cannot be shared, or there is no Web Share at all', async () => {
    const clicks = downloads();
    const share = vi.fn(() => Promise.resolve());
    expect(await shareFile(file, 't', { share, canShare: () => false } as unknown as Navigator)).toBe(
      'downloaded',
    );
    expect(await shareFile(file, 't', {} as Navigator)).toBe('downloaded');
    expect(share).not.toHaveBeenCalled();
    expect(clicks).toEqual(['rosie-ranking-portrait.png', 'rosie-ranking-portrait.png']);
  });

  it('says nothing when the person closes the share sheet, and downloads when sharing is refused', async () => {
    const clicks = downloads();
    const refuse = (name: string) => () => Promise.reject(new DOMException('no', name));
    const nav = (name: string) => ({ share: refuse(name), canShare: () => true }) as unknown as Navigator;
    expect(await shareFile(file, 't', nav('AbortError'))).toBe('cancelled');
    expect(clicks).toEqual([]);
    expect(await shareFile(file, 't', nav('NotAllowedError'))).toBe('downloaded');
    expect(clicks).toHaveLength(1);
  });
});
