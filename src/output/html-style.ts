// The inline style sheet of `--format html` (no file or font is fetched: the page must open
// offline). Colours by kind, shades by type, after displaCy's entity view: a rounded
// highlight with the label in small capitals after the text.
export const PAGE_STYLE = `
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1f2328; }
h1.run { font-size: 1.2rem; color: #57606a; }
.legend, .meta, footer.run { color: #57606a; font-size: 0.85rem; }
section.doc { border-top: 2px solid #d0d7de; padding: 1rem 0 2rem; }
section.doc h2 { font-size: 1.4rem; margin: 0.5rem 0; }
.warnings { background: #fff8c5; border: 1px solid #d4a72c; padding: 0.5rem 1.5rem; }
.note { font-style: italic; color: #57606a; }
.text { white-space: pre-wrap; line-height: 2.4; font-size: 1.05rem; }
mark { padding: 0.2em 0.35em; margin: 0 0.1em; border-radius: 0.35em; line-height: 1; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark .lbl { font-size: 0.6em; font-weight: bold; text-transform: uppercase; vertical-align: middle; margin-left: 0.4em; font-family: sans-serif; }
mark .val { font-weight: normal; text-transform: none; margin-left: 0.4em; color: #3d444d; }
mark.k-entity { background: #ddf4ff; }
mark.t-person { background: #c8e1ff; }
mark.t-organization { background: #e0d7ff; }
mark.t-location { background: #ccf2e8; }
mark.t-work { background: #ffe1f0; }
mark.k-date { background: #d2f5c4; }
mark.t-daterange { background: #b8ebb0; }
mark.k-quantity { background: #ffe7b3; }
mark.t-money { background: #ffd8a8; }
mark.t-percent { background: #fff0a8; }
table.quantities { border-collapse: collapse; margin-top: 1.5rem; font-size: 0.9rem; }
table.quantities caption { text-align: left; font-weight: bold; padding-bottom: 0.4rem; }
table.quantities th, table.quantities td { border: 1px solid #d0d7de; padding: 0.25rem 0.6rem; text-align: left; }
table.quantities th { background: #f6f8fa; }
`;
