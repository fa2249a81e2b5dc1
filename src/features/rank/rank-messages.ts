// The rank page's own words, in English and Korean. They load with the page (its own chunk), not with the app:
// the first visit of / stays within its JS budget. The navigation, tracklist link and page titles live in
// src/i18n/ (they show on every page). Korean in the fans' own 해요체.
import { useLang } from '../../i18n/i18n.tsx';

export const rankEn = {
  heading: 'Rank the album',
  intro:
    'Two songs at a time, pick the one you like more. The sorter asks only what it needs, then shows your order.',
  startFull: (n: number) => `Rank all ${n} songs`,
  startFullNote: (picks: number) => `At most ${picks} picks`,
  startTop: 'Just my top 3',
  startTopNote: (picks: number) => `At most ${picks} picks`,
  question: 'Which do you like more?',
  tie: 'I like both the same',
  undo: 'Undo',
  startOver: 'Start over',
  keys: 'Keys: ← and → pick, ↓ likes both the same, Backspace undoes.',
  progressLabel: 'Progress',
  picksLeft: (n: number) => (n === 1 ? 'At most 1 pick left' : `At most ${n} picks left`),
  picksDone: (n: number) => (n === 1 ? '1 pick so far' : `${n} picks so far`),
  announce: (left: string, right: string) => `${left} or ${right}?`,
  resultHeading: 'Your ranking',
  resultTopHeading: 'Your top 3',
  place: (n: number) => `${n}.`,
  tied: 'tied',
  picksTaken: (n: number) => (n === 1 ? 'Ranked in 1 pick.' : `Ranked in ${n} picks.`),
  addTop: 'Add my top 3 to favorites',
  added: (n: number) =>
    n === 0
      ? 'Your top 3 were already in your favorites.'
      : n === 1
        ? 'Added 1 track to your favorites.'
        : `Added ${n} tracks to your favorites.`,
  share: 'Share my ranking',
  shareTitle: 'My ranking of rosie by ROSÉ',
  shareTopTitle: 'My top 3 from rosie by ROSÉ',
  copied: 'Link copied',
  manual: 'Copy this link:',
  imageHeading: 'An image of it',
  imagePortrait: 'Image for a post',
  imageStory: 'Image for a story',
  imageSize: (width: number, height: number) => `${width} × ${height} px`,
  imageWorking: 'Drawing your image…',
  imageShared: 'Image ready.',
  imageSaved: 'Image saved to your downloads.',
  imageFailed: 'The image couldn’t be made on this device. The link still works.',
  imageTitle: 'My rosie ranking',
  imageTopTitle: 'My rosie top 3',
  imageFooter: 'rosie by ROSÉ · a fan app',
  imageAlt: 'A small copy of the original cover drawing',
  sharedHeading: 'Someone’s ranking',
  sharedTopHeading: (n: number) => `Someone’s top ${n}`,
  sharedIgnored: (n: number) =>
    n === 1
      ? '1 entry in the link was not a track on this album and was ignored.'
      : `${n} entries in the link were not tracks on this album and were ignored.`,
  sharedEmpty: 'This link has no tracks from this album.',
  rankYourself: 'Rank them yourself',
  yourRunWaits: 'Your own ranking is kept; this link never changes it.',
  restarted: 'The album changed since you started, so your ranking starts fresh.',
  loading: 'Reading your progress…',
  notSaved: 'Your progress can’t be saved on this device right now. It stays while this page is open.',
  recovered:
    'The progress saved on this device couldn’t be read, so a copy was kept aside and a fresh start made.',
  dismiss: 'OK',
};

export type RankMessages = typeof rankEn;

export const rankKo: RankMessages = {
  heading: '앨범 순위 매기기',
  intro: '두 곡 중에 더 좋은 곡을 골라 주세요. 꼭 필요한 것만 물어보고, 끝나면 내 순위를 보여 줘요.',
  startFull: (n: number) => `${n}곡 전부 순위 매기기`,
  startFullNote: (picks: number) => `최대 ${picks}번`,
  startTop: '내 TOP 3만 고르기',
  startTopNote: (picks: number) => `최대 ${picks}번`,
  question: '어떤 곡이 더 좋아요?',
  tie: '둘 다 좋아요',
  undo: '되돌리기',
  startOver: '처음부터 다시',
  keys: '키보드: ←, →로 고르고, ↓는 둘 다 좋아요, Backspace는 되돌리기예요.',
  progressLabel: '진행',
  picksLeft: (n: number) => `최대 ${n}번 남았어요`,
  picksDone: (n: number) => `지금까지 ${n}번 골랐어요`,
  announce: (left: string, right: string) => `${left}, 아니면 ${right}?`,
  resultHeading: '내 순위',
  resultTopHeading: '내 TOP 3',
  place: (n: number) => `${n}위`,
  tied: '공동',
  picksTaken: (n: number) => `${n}번 만에 완성했어요.`,
  addTop: '내 TOP 3 즐겨찾기에 추가',
  added: (n: number) => (n === 0 ? 'TOP 3는 이미 즐겨찾기에 있어요.' : `즐겨찾기에 ${n}곡을 추가했어요.`),
  share: '내 순위 공유하기',
  shareTitle: 'ROSÉ의 rosie, 내 순위',
  shareTopTitle: 'ROSÉ의 rosie, 내 TOP 3',
  copied: '링크를 복사했어요',
  manual: '이 링크를 복사하세요:',
  imageHeading: '이미지로 저장',
  imagePortrait: '게시물용 이미지',
  imageStory: '스토리용 이미지',
  imageSize: (width: number, height: number) => `${width} × ${height} 픽셀`,
  imageWorking: '이미지를 그리는 중이에요…',
  imageShared: '이미지가 준비됐어요.',
  imageSaved: '이미지를 다운로드했어요.',
  imageFailed: '이 기기에서는 이미지를 만들 수 없었어요. 링크 공유는 그대로 돼요.',
  imageTitle: '내 rosie 순위',
  imageTopTitle: '내 rosie TOP 3',
  imageFooter: 'ROSÉ의 rosie · 팬 앱',
  imageAlt: '직접 그린 커버 그림',
  sharedHeading: '누군가의 순위',
  sharedTopHeading: (n: number) => `누군가의 TOP ${n}`,
  sharedIgnored: (n: number) => `링크의 항목 ${n}개는 이 앨범의 곡이 아니라서 뺐어요.`,
  sharedEmpty: '이 링크에는 이 앨범의 곡이 없어요.',
  rankYourself: '나도 순위 매기기',
  yourRunWaits: '내 순위는 그대로예요. 이 링크로 바뀌지 않아요.',
  restarted: '그사이 앨범 정보가 바뀌어서 순위를 처음부터 다시 시작해요.',
  loading: '진행 상황을 불러오는 중이에요…',
  notSaved: '지금은 이 기기에 진행 상황을 저장할 수 없어요. 이 페이지를 닫기 전까지는 남아 있어요.',
  recovered: '이 기기에 저장된 진행 상황을 읽을 수 없어서 사본을 따로 두고 새로 시작했어요.',
  dismiss: '확인',
};

/** The rank page's messages in the page's language. */
export const useRankT = (): RankMessages => (useLang() === 'ko' ? rankKo : rankEn);
