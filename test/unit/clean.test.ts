import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/clean.js';

const clean = (s: string): string => cleanText(s).clean.text;

describe('cleanText', () => {
  it.each([
    ['济 宁市民政局', '济宁市民政局'],
    ['共3 . 4万元。', '共3.4万元。'],
    ['资金共计2188 . 83\n万元。', '资金共计2188.83万元。'],
    ['１２３，４５％', '123,45%'],
    ['LED display 2019 2020', 'LED display 2019 2020'],
  ])('%j -> %j', (input, output) => {
    expect(clean(input)).toBe(output);
  });

  it('joins a column break inside a sentence and keeps a break after a sentence end', () => {
    expect(clean('严格落实领导干部包挂街道、党组\n织的战斗堡垒作用。\n同时')).toBe('严格落实领导干部包挂街道、党组织的战斗堡垒作用。\n同时');
  });

  it('joins a paragraph break after a body-length line that stops mid-sentence', () => {
    const body = '承担“优化困难群众救助长效机制、加大居家养老支持力度”等';
    expect(clean(`${body}\n\n全市民生重点工作任务4项`)).toBe(`${body}全市民生重点工作任务4项`);
  });

  it('keeps the break after a heading or a byline', () => {
    expect(clean('济南市民政局传递为民服务“好声音”\n\n史安琪 济南报道\n\n正文')).toBe('济南市民政局传递为民服务“好声音”\n\n史安琪济南报道\n\n正文');
  });

  it('keeps the headline, sub-headline, byline and lead apart in the opening lines', () => {
    const headline = '某市法院审结一起涉及多家企业的非法吸收公众存款案主犯一审获刑九年';
    expect(clean(`${headline}\n本报讯（记者张三 通讯员李四）6月25日，法院公开宣判。`)).toBe(`${headline}\n本报讯(记者张三通讯员李四)6月25日,法院公开宣判。`);
    const long = '全省迎来今冬首场大范围降雪部分地区出现道路结冰请出行注意安全';
    expect(clean(`${long}\n\n局地积雪深度达到10厘米。`)).toBe(`${long}\n\n局地积雪深度达到10厘米。`);
    expect(clean('记者 王五\n近日，某区举行活动。')).toBe('记者王五\n近日,某区举行活动。');
  });

  it('after the first sentence end, a long line before a blank line is a column break as before', () => {
    const body = '开头一句。承担“优化困难群众救助长效机制、加大居家养老支持力度”等';
    expect(clean(`${body}\n\n全市民生重点工作任务4项`)).toBe(`${body}全市民生重点工作任务4项`);
    expect(clean('开头一句。据悉，\n记者从会上了解到')).toBe('开头一句。据悉,记者从会上了解到');
  });

  it('before the first sentence end, a long line with commas is still prose a column broke', () => {
    expect(clean('昨天上午，市图书馆举办读书分享会，邀请多位作家和读者交流各自的阅读心\n\n得，现场气氛热烈。')).toBe(
      '昨天上午,市图书馆举办读书分享会,邀请多位作家和读者交流各自的阅读心得,现场气氛热烈。',
    );
  });

  it('marks where white space was removed, so bylines can still be split', () => {
    const { clean: c } = cleanText('通讯员 祁丽萍 李艳斐');
    expect(c.text).toBe('通讯员祁丽萍李艳斐');
    expect([...c.softBreak].map((v, i) => (v ? i : -1)).filter((i) => i >= 0)).toEqual([3, 6]);
  });

  it('keeps display characters unfolded at the same indices', () => {
    const { clean: c } = cleanText('投资１.４７亿元（约）');
    expect(c.text).toBe('投资1.47亿元(约)');
    expect(c.display).toBe('投资１.４７亿元（约）');
  });

  it('maps every cleaned span back to the original, characters outside the BMP included', () => {
    const original = '😀济 宁市\n投资3 . 4万元';
    const { clean: c, map } = cleanText(original);
    const at = c.text.indexOf('3.4万元');
    const span = map.toOriginal(at, at + '3.4万元'.length);
    expect([...original].slice(span.start, span.end).join('')).toBe('3 . 4万元');
    const place = map.toOriginal(2, 2 + '济宁市'.length);
    expect([...original].slice(place.start, place.end).join('')).toBe('济 宁市');
  });
});
