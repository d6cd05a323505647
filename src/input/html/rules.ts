// Data tables for reading news pages: where the article lives, what is page furniture, which
// labels carry the date, the source and the author. Flat data; the code is in the sibling files.

/**
 * Article containers, most specific first: the first selector whose element holds real article
 * text wins. Each comes from a family of Chinese CMSs and sites.
 */
export const ARTICLE_SELECTORS: readonly { readonly selector: string; readonly why: string }[] = [
  { selector: '[itemprop="articleBody"]', why: 'schema.org markup (many modern CMSs)' },
  { selector: '.TRS_Editor, .trs_editor_view', why: 'TRS WCM, the CMS of most government and party-paper sites' },
  { selector: '#zoom, .zoom', why: 'government sites: the font-size "zoom" box holds the body' },
  { selector: '#artibody, .article-body, .article_body, .articleBody', why: 'Sina and others' },
  { selector: '#endText, .post_body, .post_text', why: 'NetEase' },
  { selector: '#rwb_zw, .rm_txt_con, .show_text', why: 'People\'s Daily Online' },
  { selector: '#js_content, .rich_media_content', why: 'WeChat official-account articles (sections and spans, no <p>)' },
  { selector: '.RichText, #mp-editor, .content-article', why: 'self-media platforms: Zhihu, Sohu accounts, Tencent news' },
  { selector: '#detail, .detail-content, .news_txt, .news-content, .newsContent, .art_content, .article-content, .articleContent, .article_content', why: 'common content class names' },
  { selector: '.entry-content, .post-content, .content-main, .main-content, #content_text, .text_content, #text', why: 'WordPress-like themes and generic names' },
  { selector: 'article', why: 'HTML5 <article>' },
  { selector: '#content, .content, #article, .article, main, [role="main"]', why: 'generic wrappers: last, they often hold navigation too' },
];

/** Never text: removed before anything else. */
export const DROP_TAGS = 'script, style, noscript, template, iframe, object, embed, svg, canvas, map, form, button, select, textarea, input, nav, footer, aside, audio, video';

/**
 * Class or id words of page furniture: share bars, related-link lists, comments, footers,
 * breadcrumbs, ads. Matched as whole words of a class/id split at `-`, `_`, case changes and
 * trailing digits (`share-bar`, `relatedNews`, `comment_list2`), so `.content` is never hit by
 * `.con`. Generic wrapper words (`page`, `wrap`, `font14`) are left out on purpose.
 */
export const FURNITURE_WORDS: readonly string[] = [
  'nav', 'navbar', 'menu', 'breadcrumb', 'crumb', 'crumbs', 'position', 'location', 'topbar', 'toolbar', 'sidebar', 'side',
  'header', 'footer', 'foot', 'logo', 'copyright', 'share', 'sharebar', 'bdshare', 'jiathis', 'social', 'print', 'fontsize',
  'related', 'relate', 'relevant', 'recommend', 'recom', 'hot', 'rank', 'ranking', 'tuijian', 'xgxw', 'xgyd', 'more',
  'comment', 'comments', 'reply', 'pinglun', 'pl', 'discuss', 'ad', 'ads', 'advert', 'banner', 'gg', 'qrcode', 'ewm',
  'pager', 'pagination', 'prev', 'next', 'tags', 'keywords', 'login', 'search', 'subscribe', 'app', 'download',
  'feedback', 'dialog', 'modal', 'popup', 'qr', 'erweima', 'jubao', 'paywall',
];

/**
 * An element named as furniture that holds this share of the page's prose is a wrapper of the
 * article, not furniture: an app root (`#__next`, `#app`) or a `share-article-wrap` around it.
 * Furniture (share bars, link lists, comment boxes) is a small part of a page's prose.
 */
export const ARTICLE_HOLDER_SHARE = 0.6;

/**
 * How many of ARTICLE_SELECTORS are specific enough to protect their ancestors from the
 * furniture filter (`<div id="wrap" class="has-sidebar">` around `.TRS_Editor` stays); the
 * generic last group (`.content`, `article`) also turns up inside comment lists.
 */
export const PROTECTING_SELECTORS = 9;

/** Elements that start a new paragraph of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'blockquote', 'pre', 'figure', 'figcaption', 'address', 'center', 'hr',
]);

/** Labels of the date line near the title: `发布时间：2024-06-28 08:30`. */
export const DATE_LABELS: readonly string[] = ['发布时间', '发布日期', '发表时间', '发表日期', '发稿时间', '刊发时间', '更新时间', '时间', '日期', '稿件日期'];

/** Labels of the source: `来源：齐鲁晚报`. */
export const SOURCE_LABELS: readonly string[] = ['信息来源', '稿件来源', '文章来源', '新闻来源', '来源', '出处'];

/** Labels of the author: `作者：张三`, `记者：李四` (editors are not the author). */
export const AUTHOR_LABELS: readonly string[] = ['作者', '记者', '撰稿', '文'];

/** Labels of other furniture on a meta line (`责任编辑`, `浏览次数`, `字号`): they end a value. */
export const OTHER_LABELS: readonly string[] = ['责任编辑', '责编', '编辑', '审核', '校对', '浏览次数', '浏览', '阅读', '点击', '字号', '分享到', '分享', '打印', '关闭'];

/** `<meta>` names and properties of the publication time, in order of trust. */
export const DATE_METAS: readonly string[] = [
  'article:published_time', 'og:article:published_time', 'og:release_date', 'datePublished', 'pubdate', 'PubDate', 'publishdate',
  'publish_date', 'publishdate', 'firstpublishedtime', 'published_time', 'publish_time', 'publishtime', 'pubtime', 'pub_time',
  'article:published', 'dc.date.issued', 'dc.date', 'date', 'dateCreated', 'createdate', 'dateUpdate', 'dateModified',
  'article:modified_time', 'og:updated_time',
];

/**
 * Variables of a page's scripts that hold its publication time (`var ct = "1655355000"` on
 * WeChat, `"publish_time":"2022-07-21 16:40:12"` in an app's state): read only when neither
 * the markup nor the text shows a date. Names are matched whole, in any quoting.
 */
export const SCRIPT_DATE_NAMES: readonly string[] = [
  'ct', 'publish_time', 'publishTime', 'pubtime', 'pubTime', 'pubDate', 'publishDate', 'publish_date', 'datePublished',
  'create_time', 'createTime', 'created_at', 'createdAt', 'ptime', 'firstPublishTime', 'release_time', 'releaseTime',
];

/** `发表于 2023-05-19 10:02`: verbs that label a date without a colon (forums, blogs, self-media). */
export const DATE_VERBS: readonly string[] = ['发表于', '发布于', '更新于', '发布时间', '发表时间', '发布日期', '发稿时间'];

/**
 * How site names end (general knowledge of Chinese site naming: 齐鲁网, 胶东在线, 观潮号,
 * 光明时报, 芯片评论, 电子工程专辑): a part of a `<title>` split at `-`, `_`, `|` that ends so
 * is the site or channel, not the headline.
 */
export const SITE_NAME_ENDINGS: readonly string[] = [
  '网', '在线', '号', '频道', '日报', '晚报', '早报', '时报', '商报', '报社', '资讯', '评论', '专辑', '客户端', '头条', '门户', '官网', '新闻中心',
];
/** After a plain space (`标题 港航在线`) only the unmistakable endings count: a headline's last clause can end in 新闻 or 评论. */
export const SITE_NAME_ENDINGS_AFTER_SPACE: readonly string[] = ['网', '在线', '号', '日报', '晚报', '早报', '时报', '商报', '专辑', '客户端'];

/** Class or id words of an element that holds a headline (`art-title`, `#headline`, `ArticleTitle_title__x`). */
export const TITLE_WORDS: readonly string[] = ['title', 'headline', 'biaoti', 'tit'];

/** `<meta>` names of the author and the source (People's Daily and TRS pages carry both). */
export const AUTHOR_METAS: readonly string[] = ['article:author', 'author', 'dc.creator'];
export const SOURCE_METAS: readonly string[] = ['source', 'contentsource', 'article:source'];

/** Whole paragraphs that are furniture even inside the article box: `【纠错】`, `扫一扫在手机打开当前页`. */
export const FURNITURE_LINES: readonly RegExp[] = [
  /^[【[]?(纠错|打印|关闭|关闭窗口|打印本页|返回顶部|收藏|分享到?)[】\]]?$/u,
  /^(扫一扫|扫码|用微信扫描|分享到[:：])/u,
  /^(上一篇|下一篇|相关新闻|相关阅读|延伸阅读|推荐阅读|热点推荐)[:：]?/u,
  /^[【[]?(字号|字体)[:：]?\s*(大|中|小|\s)*[】\]]?$/u,
  // font-size buttons and the prompts of widgets inside the article box
  /^(A\s*[+＋]\s*A\s*[-－]|A\s*[-－]\s*A\s*[+＋]|[大中小]\s+[大中小]\s+[大中小])$/u,
  /^(点击上方|点击蓝字|关注我们|长按(识别)?二维码|扫描二维码|扫码关注|阅读原文|展开全文|点击查看全文|查看全文|继续阅读)/u,
  /^.{0,12}(登录|注册)后(即)?(可)?(继续阅读|查看全文|阅读全文|查看更多|继续查看)/u,
  /^剩余\s*\d+%\s*(的)?内容/u,
  /^.{0,20}欢迎(大家)?((在)?(文末|下方|评论区|留言区)(留言|评论|讨论|分享)|留言).{0,20}$/u,
  /^(觉得(不错|有用)|喜欢(就|请)|点个?(赞|在看)|分享给.{0,6}朋友).{0,20}$/u,
];
