// Words that make the place before them part of the name of a clock time, not a mention of the
// place: `北京时间`, `东京时间`, `格林尼治标准时间` (the names of time zones and standard times
// in news datelines). location.ts drops a place directly followed by one of them.

export interface PlaceTimeWord {
  readonly word: string;
  readonly example: string;
}

export const PLACE_TIME_WORDS: readonly PlaceTimeWord[] = [
  { word: '时间', example: '北京时间昨晚8时' },
  { word: '标准时间', example: '格林尼治标准时间' },
  { word: '夏令时', example: '纽约夏令时' },
];
