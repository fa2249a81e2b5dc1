// The favorites page's own words in Korean, in the fans' own 해요체.
import type { FavoritesMessages } from './en.ts';

const ko: FavoritesMessages = {
  heading: '내 최애곡',
  loading: '최애곡 불러오는 중…',
  count: (n: number) => `최애곡 ${n}곡`,
  emptyTitle: '아직 담은 최애곡이 없어요',
  emptyBody: '곡 옆의 하트를 누르면 여기에 모여요. 이 기기에 저장돼요.',
  emptyLink: '트랙리스트 보러 가기',
  share: '내 최애곡 공유하기',
  shareTitle: '로제 rosie에서 고른 내 최애곡',
  copied: '링크를 복사했어요',
  manual: '이 링크를 복사해 주세요:',
  sharedHeading: '공유받은 최애곡',
  sharedIntro: (n: number) => `누군가 ${n}곡을 공유했어요.`,
  sharedIgnored: (n: number) => `링크에 있던 ${n}개는 이 앨범 수록곡이 아니라서 뺐어요.`,
  sharedEmpty: '이 링크에는 이 앨범 수록곡이 없어요.',
  addShared: '내 최애곡에 담기',
  allAdded: '전부 이미 내 최애곡에 있어요.',
  added: (n: number) => `최애곡에 ${n}곡을 담았어요.`,
};

export default ko;
