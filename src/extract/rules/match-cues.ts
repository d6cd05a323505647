// Words that make a place a side in a match: in sports reports a club or a national side is
// named by its city or country alone (`罗马客场`, `击败巴西`, `利物浦vs切尔西`), and then the
// place names a team, an organization (SPEC.md: teams are organizations). The words are those
// of match reports and betting lines in general use (results, home and away, handicaps); each
// row's `example` is run as a test (test/unit/match-sides.test.ts): `[[ ]]` marks the side.

export interface MatchCueRule {
  readonly id: string;
  readonly words: readonly string[];
  /** `after`: the word follows the side (`罗马客场`); `before`: it precedes it (`击败巴西`). */
  readonly position: 'after' | 'before';
  readonly example: string;
}

export const MATCH_CUES: readonly MatchCueRule[] = [
  {
    id: 'match-venue-after',
    words: ['客场', '主场', '做客', '坐镇主场'],
    position: 'after', example: '本轮[[罗马]]客场挑战对手',
  },
  {
    id: 'match-result-after',
    words: ['击败', '战胜', '不敌', '负于', '逼平', '战平', '逼和', '大胜', '完胜', '惨败', '险胜',
      '小胜', '力克', '输给', '败给', '胜出', '取胜', '告负', '爆冷'],
    position: 'after', example: '[[西班牙]]险胜对手晋级',
  },
  {
    id: 'match-result-before',
    words: ['击败', '战胜', '不敌', '负于', '逼平', '战平', '逼和', '大胜', '完胜', '惨败于', '险胜',
      '小胜', '力克', '输给', '败给', '迎战', '对阵', '平过', '胜过', '做客'],
    position: 'before', example: '主队三比零大胜[[葡萄牙]]',
  },
  {
    id: 'match-betting-after',
    words: ['让球', '让平半', '让半球', '让一球', '受让', '主胜', '客胜', '防平', '补冷', '胜赔', '升盘', '降盘'],
    position: 'after', example: '这一场[[巴黎]]让球并不深',
  },
  {
    id: 'match-versus',
    words: ['vs', 'VS', 'Vs', 'v.s.', '对阵'],
    position: 'after', example: '[[里昂]]vs摩纳哥',
  },
  {
    id: 'match-versus-before',
    words: ['vs', 'VS', 'Vs', 'v.s.'],
    position: 'before', example: '摩纳哥vs[[里昂]]',
  },
];
