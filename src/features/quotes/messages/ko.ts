// The quotes carousel's own words in Korean, in the fans' own 해요체.
import type { QuotesMessages } from './en.ts';

const ko: QuotesMessages = {
  heading: '로제가 직접 한 말',
  carousel: '슬라이드 모음',
  slide: '슬라이드',
  slideLabel: (n: number, total: number) => `${total}개 중 ${n}번째`,
  previous: '이전',
  next: '다음',
  pause: '멈추기',
  play: '자동 넘기기',
  saidTo: (who: string) => `${who}에게 한 말`,
  trackLink: (title: string) => `이 곡 보기: ${title}`,
};

export default ko;
