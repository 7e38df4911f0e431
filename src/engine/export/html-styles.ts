/**
 * The inline stylesheet of the HTML export (allowed by its CSP hash, `EXPORT_STYLES_HASH` in
 * html-csp.ts: change a character here and update it). Readable on screen in light and dark,
 * compact in print; no external fonts or images.
 */
import { raw, type Html } from './html-template.js';

export const EXPORT_STYLES: Html = raw`
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #59636e; --bg: #fff; --line: #d1d9e0; --soft: #f3f5f7;
  --client: #eef6ff; --operator: #f1f8ef; --system: #fbf7e9; --mark: #ffe58a; --current: #ff9f1a; --link: #0b5cad; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e8eb; --muted: #a0a8b2; --bg: #16191d; --line: #39414a; --soft: #20252b;
  --client: #172536; --operator: #1a2a1c; --system: #2c2815; --mark: #6b5a00; --current: #a05a00; --link: #7cb7ff; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 0 1rem 4rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg); }
a { color: var(--link); }
header.page { position: sticky; top: 0; z-index: 1; background: var(--bg); border-block-end: 1px solid var(--line); padding-block: .5rem; }
h1 { font-size: 1.4rem; margin: .25rem 0; }
h2 { font-size: 1.2rem; margin-block: 2rem .5rem; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
h4 { font-size: .95rem; margin: 1rem 0 .25rem; color: var(--muted); }
.generated { margin: 0; color: var(--muted); font-size: .85rem; }
.search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-block-start: .5rem; }
.search[hidden] { display: none; }
.search input { flex: 1 1 16rem; min-width: 0; font: inherit; padding: .35rem .5rem; border: 1px solid var(--line); border-radius: 4px;
  background: var(--bg); color: var(--fg); }
.search button { font: inherit; padding: .3rem .7rem; border: 1px solid var(--line); border-radius: 4px; background: var(--soft); color: var(--fg); cursor: pointer; }
.search output { min-width: 6rem; color: var(--muted); }
.hint { flex-basis: 100%; margin: 0; font-size: .8rem; color: var(--muted); }
nav ol { margin: .25rem 0; padding-inline-start: 1.5rem; }
.toc-sessions { columns: 18rem; font-size: .9rem; }
[hidden] { display: none !important; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: start; vertical-align: top; overflow-wrap: break-word; }
#sv-summary { width: min(100vw - 2rem, 120rem); margin-inline-start: calc((100% - min(100vw - 2rem, 120rem)) / 2); }
thead th { background: var(--soft); position: sticky; top: 0; }
.table-wrap { overflow-x: auto; }
.session { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin-block: 1rem; }
.fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .25rem 1rem; margin: 0; }
.fields div { display: flex; gap: .4rem; min-width: 0; }
.fields dt { color: var(--muted); }
.fields dt::after { content: ":"; }
.fields dd { margin: 0; overflow-wrap: anywhere; }
.transcript, .notes, .files { list-style: none; margin: 0; padding: 0; }
.msg, .note { margin-block: .35rem; padding: .35rem .6rem; border-radius: 6px; background: var(--soft); }
.msg.client { background: var(--client); margin-inline-end: 15%; }
.msg.operator, .msg.chatbot { background: var(--operator); margin-inline-start: 15%; }
.msg.system { background: var(--system); font-style: italic; font-size: .88rem; text-align: center; }
.meta { margin: 0; font-size: .8rem; color: var(--muted); }
.who { font-weight: 600; color: var(--fg); }
.text { margin: .15rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.files li { font-size: .85rem; }
.files li::before { content: "\1F4CE  "; }
.file-meta { color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
.back { margin: .5rem 0 0; font-size: .85rem; }
mark { background: var(--mark); color: inherit; border-radius: 2px; }
mark.current { background: var(--current); outline: 2px solid var(--current); }
@media print {
  :root { --fg: #000; --muted: #444; --bg: #fff; --line: #999; --soft: #fff; --client: #fff; --operator: #fff; --system: #fff; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  header.page { position: static; border: 0; }
  .search, .back, #sv-toc { display: none !important; }
  thead th { position: static; }
  #sv-summary { width: auto; margin-inline-start: 0; }
  tr, .msg, .note { break-inside: avoid; }
  .session { break-before: page; border: 0; padding: 0; }
  .msg.client, .msg.operator, .msg.chatbot { margin-inline: 0; border-inline-start: 2px solid var(--line); border-radius: 0; }
  mark { background: none; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .8em; color: var(--muted); }
}
`;
