/**
 * The report's only stylesheet, inlined so the file works offline and asks
 * nothing of the network. Colour is never the only signal: removed text is
 * also struck through, added text also underlined and bold, importance and
 * review status are written out, so a black-and-white printout reads the same.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; max-width: 64rem; margin: 2rem auto; padding: 0 1.5rem; }
h1, h2, h3, h4 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #999; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; }
.meta { color: #555; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #bbb; padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { background: #f0f0f0; font-family: Arial, sans-serif; font-size: .85rem; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
del { text-decoration: line-through; text-decoration-thickness: 2px; color: #8a0000; background: #fde2e2; }
ins { text-decoration: underline; text-decoration-thickness: 2px; font-weight: bold; color: #005a1e; background: #dff5e3; }
.legend { border: 1px solid #999; padding: .4rem .6rem; font-size: .9rem; display: inline-block; }
.badge { font-family: Arial, sans-serif; font-size: .75rem; font-weight: bold; text-transform: uppercase; border: 1px solid currentColor; padding: 0 .3rem; border-radius: 3px; }
.high { color: #a00000; } .medium { color: #8a5a00; } .low { color: #444; }
.status-confirmed { font-weight: bold; } .status-dismissed { text-decoration: line-through; } .status-needs-check { font-style: italic; }
.text-changed { color: #92400e; }
ol.flags > li { margin-bottom: .6rem; }
.pair td { width: 50%; }
.pair .label { font-family: Arial, sans-serif; font-size: .8rem; color: #444; }
.unlinked { color: #555; word-break: break-all; }
.reasons { color: #333; }
table.matrix td.absent { background: #e0e0e0; font-weight: bold; text-align: center; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  a { color: inherit; }
  a[href]::after { content: " (" attr(href) ")"; font-size: .8em; word-break: break-all; }
}
`;
