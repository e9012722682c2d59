/**
 * The article-language reading (`npm run eval:language`), lib/text/language.ts,
 * beside franc alone (its plain baseline) in the same run, on development
 * texts whose language is known: BASIL's English articles, the seed reports,
 * and aeb-dev's gold article bodies (English and 13 pages in other
 * languages), plus the adversarial English lists of the unit tests'
 * kind (results, a roll of names), which franc alone misreads.
 *
 * It prints, per source, how many texts each reader calls English or names
 * otherwise, the share of English function words (the first step's figure)
 * among English texts and among the others, and the texts either reader
 * gets wrong. A text's "truth" is its set's language (BASIL, seeds: English)
 * or, for aeb-dev, franc-min's reading of the gold body confirmed by hand
 * for the 13 pages it calls other than English (Korean 2, Russian 2,
 * Japanese 2, Portuguese 4 — one of which franc calls Spanish —, Spanish 0,
 * Italian 1, German 1).
 *
 *   npm run eval:language [-- --basil DIR] [--aeb DIR]
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { franc } from "franc-min";
import { englishShare, textLanguage } from "../lib/text/language";
import { loadAebDev } from "./datasets/aeb-dev";

const root = resolve(import.meta.dirname, "..");
const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

/** The 13 aeb-dev pages not in English, by the first 8 characters of their id, with their language. */
const AEB_OTHER: Readonly<Record<string, string>> = {
  "0ec95c72": "kor",
  "9da36ae4": "kor",
  "3c6d3381": "rus",
  c4a3637c: "rus",
  "85439e26": "jpn",
  f105de6e: "jpn",
  "23aaecd1": "por",
  b3c19dd5: "por",
  cc03ddb5: "por",
  f6ac15a4: "por",
  "11ea381a": "por",
  "20b2b649": "ita",
  ba07d1e6: "deu",
};

interface Sample {
  source: string;
  id: string;
  truth: string;
  text: string;
}

const samples: Sample[] = [];
const basil = resolve(root, arg("basil") ?? "../shared/datasets/basil-dev");
for (const file of readdirSync(basil).filter((f) => f.endsWith(".json"))) {
  const article = JSON.parse(readFileSync(resolve(basil, file), "utf8")) as { "body-paragraphs": string[][] };
  samples.push({ source: "basil-dev", id: file, truth: "eng", text: article["body-paragraphs"].map((p) => p.join(" ")).join("\n") });
}
const seeds = resolve(root, "../shared/seeds");
for (const file of readdirSync(seeds)) samples.push({ source: "seeds", id: file, truth: "eng", text: readFileSync(resolve(seeds, file), "utf8") });
for (const page of loadAebDev(resolve(root, arg("aeb") ?? "../shared/datasets/aeb-dev")).pages) {
  samples.push({ source: "aeb-dev", id: page.id.slice(0, 8), truth: AEB_OTHER[page.id.slice(0, 8)] ?? "eng", text: page.articleBody });
}
// English lists of the kind trigrams misread (the unit tests hold the same two).
samples.push(
  {
    source: "lists",
    id: "results",
    truth: "eng",
    text: "Results: Men's 100m final: 1. Noah Lyles (USA) 9.79; 2. Kishane Thompson (JAM) 9.79; 3. Fred Kerley (USA) 9.81; 4. Akani Simbine (RSA) 9.82; 5. Lamont Marcell Jacobs (ITA) 9.85; 6. Letsile Tebogo (BOT) 9.86; 7. Kenneth Bednarek (USA) 9.88; 8. Oblique Seville (JAM) 9.91. Women's 100m final: 1. Julien Alfred (LCA) 10.72; 2. Sha'Carri Richardson (USA) 10.87; 3. Melissa Jefferson (USA) 10.92.",
  },
  {
    source: "lists",
    id: "roll of names",
    truth: "eng",
    text: "Present: Secretary Antony Blinken, Foreign Minister Toshimitsu Motegi, Ambassador Linda Thomas-Greenfield, Deputy Secretary Wendy Sherman, Under Secretary Victoria Nuland, Assistant Secretary Daniel Kritenbrink, Director Jake Sullivan, Chief Kurt Campbell, Minister Nobuo Kishi, Secretary Lloyd Austin, General Mark Milley, Admiral John Aquilino. Venue: Lancaster House, London. Date: Monday, May 3, 2021.",
  },
);

/** What a reader makes of a text: its language code, "und" when it cannot tell (read as English, comparable with any). */
const readers: Record<string, (text: string) => string> = {
  lacuna: (text) => textLanguage(text).code,
  "franc alone": (text) => franc(text.slice(0, 2_500)),
};

console.log(`Article language, ${samples.length} development texts of known language (English unless named):`);
console.log(`${"reader".padEnd(12)} ${"English right".padStart(14)} ${"English → other".padStart(16)} ${"other named right".padStart(18)} ${"other → English/und".padStart(20)} ${"other → wrong language".padStart(23)} ${"mean µs".padStart(8)}`);
const wrong: string[] = [];
for (const [name, read] of Object.entries(readers)) {
  const tally = { englishRight: 0, englishWrong: 0, otherRight: 0, otherAsEnglish: 0, otherWrong: 0 };
  let micros = 0;
  for (const sample of samples) {
    const start = performance.now();
    const code = read(sample.text);
    micros += (performance.now() - start) * 1000;
    const english = code === "eng" || code === "und";
    if (sample.truth === "eng") {
      if (english) tally.englishRight++;
      else {
        tally.englishWrong++;
        wrong.push(`  ${name}: ${sample.source} ${sample.id} (English) read as ${code}`);
      }
    } else if (code === sample.truth) tally.otherRight++;
    else if (english) {
      tally.otherAsEnglish++;
      wrong.push(`  ${name}: ${sample.source} ${sample.id} (${sample.truth}) read as ${code}: names read by English rules, as before`);
    } else {
      tally.otherWrong++;
      wrong.push(`  ${name}: ${sample.source} ${sample.id} (${sample.truth}) read as ${code}`);
    }
  }
  const english = samples.filter((s) => s.truth === "eng").length;
  const other = samples.length - english;
  console.log(
    `${name.padEnd(12)} ${`${tally.englishRight}/${english}`.padStart(14)} ${String(tally.englishWrong).padStart(16)} ${`${tally.otherRight}/${other}`.padStart(18)} ${String(tally.otherAsEnglish).padStart(20)} ${String(tally.otherWrong).padStart(23)} ${(micros / samples.length).toFixed(0).padStart(8)}`,
  );
}
if (wrong.length > 0) console.log("Misread:", "\n" + wrong.join("\n"));

const shares = (truthIsEnglish: boolean) =>
  samples
    .filter((s) => (s.truth === "eng") === truthIsEnglish && s.source !== "lists")
    .map((s) => englishShare(s.text))
    .sort((a, b) => a - b);
const english = shares(true);
const other = shares(false);
const quantile = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
console.log(
  `English function-word share (first step; English at once from 0.08): English texts lowest ${english.slice(0, 3).map((x) => x.toFixed(3)).join(" / ")}, median ${quantile(english, 0.5).toFixed(3)}; other languages highest ${other.slice(-3).map((x) => x.toFixed(3)).join(" / ")}`,
);
