// News outlets named where a report cites them, with no suffix the body rules read: a dateline
// (`中新网7月24日电`, `新快报讯`) or an attribution (`据法新社报道`, `据台湾TVBS报道`). The
// patterns are those of the news agencies' style books (电头: outlet, date, 电/讯) and of
// attribution in Chinese news writing (据……报道).

/** Words that end an outlet's name in a dateline or attribution: site, paper, agency, station, magazine. */
export const MEDIA_ENDS: readonly string[] = ['网', '报', '社', '台', '刊'];

/** Outlets no one names: `本报`, `该报`, `本台`, `本网`. */
export const NOT_MEDIA_NAMES: ReadonlySet<string> = new Set(['本报', '该报', '本台', '该台', '本网', '该网', '本刊', '该刊', '本社', '该社', '此报']);

/** Longest outlet name read (`中国国际广播电台` is 8). */
export const MAX_MEDIA_NAME = 8;
