// Teams named by their place and `队` (`辽宁队`, `智利队`): words that show a body before `队` is
// a clause, not a name. The verbs of a match report (a sports desk's usual result verbs:
// 战胜, 击败, 逼平 ...) and the particles of a list (等) never stand inside a team's name:
// `杜塞尔多夫|战胜|捷克队`, `马来西亚|等强队`.
export const MATCH_WORDS: readonly string[] = [
  '战胜', '击败', '击溃', '负于', '输给', '逼平', '战平', '迎战', '对阵', '对战', '力克', '不敌',
  '淘汰', '派', '等', '和', '与', '及',
];


/** Bodies that make `队` a kind after a place: `非洲|球队`, `美国|军队`, `西藏|部队`. */
export const KIND_TEAM_BODIES: readonly string[] = ['球', '军', '部'];
