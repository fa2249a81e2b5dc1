// The track page's own words in Korean, in the fans' own 해요체.
import type { TrackMessages } from './en.ts';

const ko: TrackMessages = {
  backToAlbum: '앨범으로 돌아가기',
  duration: '길이',
  about: '이 곡 이야기',
  inHerWords: '로제의 말',
  saidTo: (who: string) => `${who}에게`,
  credits: '크레딧',
  writers: '작사·작곡',
  producers: '프로듀서',
  creditUnknown: '믿을 만한 출처에서 아직 확인하지 못했어요.',
  listen: '듣기',
  appleMusic: 'Apple Music에서 rosie 듣기',
  spotify: 'Spotify에서 찾기',
  youtubeMusic: 'YouTube Music에서 찾기',
  newTab: '(새 탭에서 열려요)',
  pagerLabel: '다른 트랙',
  previous: '이전 곡',
  next: '다음 곡',
  shareText: (n: number, title: string) => `로제 rosie ${n}번 트랙, ${title}`,
};

export default ko;
