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
    // countdown strings
  },
  quotes: {
    // quotes strings
  },
  pwa: {
    offline: '오프라인',
    offlineTitle: '오프라인 상태입니다. 앨범, 모든 트랙, 즐겨찾기는 그대로 사용할 수 있습니다.',
    updateAvailable: '새 버전이 있습니다',
    reload: '새로고침',
    later: '나중에',
    install: '설치',
    installLabel: 'rosie 앱 설치',
    iosInstallSummary: '설치',
    iosInstallHint: '공유 버튼을 누른 뒤 “홈 화면에 추가”를 선택하세요.',
    linkNeedsNetwork: '오프라인 상태입니다. 다시 연결되면 이 링크를 열 수 있습니다.',
    shareOffline: '오프라인 상태입니다. 링크는 유효하지만, 공유받는 앱은 연결될 때까지 기다릴 수 있습니다.',
    dismiss: '닫기',
    version: (version: string) => `버전 ${version}`,
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
