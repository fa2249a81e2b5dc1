// The quotes carousel's own words in English (the other languages' files follow these keys).

const en = {
  heading: 'In her own words',
  carousel: 'carousel',
  slide: 'slide',
  slideLabel: (n: number, total: number) => `${n} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  pause: 'Pause',
  play: 'Play',
  saidTo: (who: string) => `said to ${who}`,
  trackLink: (title: string) => `Track: ${title}`,
};

export default en;
export type QuotesMessages = typeof en;
