// 한국어 인터페이스 문자열. Facts and quotes stay in their original language; only the UI is translated.
import type { Messages } from './en.ts';

export const ko: Messages = {
  meta: {
    siteName: 'rosie — 팬 앱',
    albumTitle: 'ROSÉ의 rosie — 트랙리스트, 카운트다운, 인터뷰',
    albumDescription:
      'ROSÉ의 첫 정규 솔로 앨범 rosie 팬 앱: 12곡, 출처가 있는 크레딧, 그녀의 말, 그리고 모든 기록.',
    trackTitle: (title: string) => `${title} — ROSÉ의 rosie`,
    trackDescription: (n: number, title: string, duration: string) =>
      `ROSÉ의 첫 솔로 앨범 rosie의 ${n}번 트랙: ${title}${duration ? ` (${duration})` : ''}. 크레딧, 출처, 듣기 링크.`,
    favoritesTitle: '내 즐겨찾기 — ROSÉ의 rosie',
    favoritesDescription: '이 기기에 저장된 rosie의 즐겨찾기 곡.',
    notFoundTitle: '페이지를 찾을 수 없음 — ROSÉ의 rosie',
  },
  common: {
    skipToContent: '본문으로 건너뛰기',
    navAlbum: '앨범',
    navFavorites: '즐겨찾기',
    navLabel: '메인',
    sources: '출처',
    footerNote: '비공식 팬 앱입니다. 가사와 공식 아트워크는 없으며, 커버는 직접 그린 그림입니다.',
    loading: '앨범을 불러오는 중…',
    loadErrorTitle: '앨범을 불러오지 못했습니다',
    loadErrorBody: '연결을 확인하고 다시 시도해 주세요. 저장한 내용은 사라지지 않습니다.',
    loadErrorInvalid: '서버의 앨범 데이터가 손상된 것 같습니다. 잠시 후 다시 시도해 주세요.',
    retry: '다시 시도',
    unverified: '미확인',
    secondary: '단일 출처',
    confidenceLabel: '신뢰도',
    sourceLabel: '출처',
    language: '언어',
    switchTo: 'English',
  },
  album: {
    coverAlt: 'ROSÉ의 rosie 팬 아트: 연분홍 배경에 부드러운 분홍빛으로 그린 장미',
    tracklistHeading: '트랙리스트',
    by: '아티스트',
    tracks: (n: number) => `${n}곡`,
    runtime: '총 재생 시간',
    runtimeUnknown: (n: number) => `길이를 알 수 없는 ${n}곡 제외`,
    durationUnknown: '길이 미확인',
    featuring: (name: string) => `with ${name}`,
    trackNumber: (n: number) => `${n}번 트랙`,
    released: '발매',
    labels: '레이블',
  },
  track: {
    backToAlbum: '앨범으로 돌아가기',
  },
  share: {
    // share strings
  },
  favorites: {
    // favorites strings
  },
  countdown: {
    heading: '카운트다운',
    next: '다음',
    waiting: '시계를 확인하는 중…',
    timeLeft: (title: string) => `${title}까지 남은 시간`,
    days: '일',
    hours: '시간',
    minutes: '분',
    seconds: '초',
    anniversary: (title: string, years: number | null) =>
      years === null ? title : `${title} · ${years}주년`,
    yourTime: (zone: string) => `내 시간대 (${zone})`,
    midnightIn: '지역별 자정',
    outNow: '지금 공개',
    latest: '최근',
    nothingNext: '예정된 마일스톤이 없습니다.',
    announceOutNow: (title: string) => `${title}: 지금 공개되었습니다.`,
    announceNext: (title: string) => `다음: ${title}.`,
    addToCalendar: '캘린더에 추가',
    addYearly: (title: string) => `“${title}” 매년 캘린더에 추가`,
    calendarNoteMidnight: '현지 시간 자정.',
    timelineHeading: '마일스톤과 차트',
    chart: '차트',
    asOf: (date: string) => `${date} 기준`,
  },
  quotes: {
    // quotes strings
  },
  pwa: {
    // pwa strings
  },
  theme: {
    // theme strings
  },
  notFound: {
    heading: '앨범에 없는 페이지입니다',
    body: '링크가 오래되었거나 잘못 입력되었을 수 있습니다.',
    back: '트랙리스트로 가기',
  },
};
