import type { Block } from "@/lib/text/types";

/** An article's blocks, each rendered as text (never as HTML) with its role visible. */
/** `lang`: the article's HTML language when it is not English, so it is read in its own (and `dir="auto"` runs it right to left when it is written so). */
export function ArticleBody({ blocks, lang }: { blocks: Block[]; lang?: string }) {
  return (
    <div lang={lang} dir={lang ? "auto" : undefined} className="space-y-4 font-serif text-[1.05rem] leading-relaxed">
      {blocks.map((block, i) => {
        switch (block.role) {
          case "heading":
            return <h2 key={i} className="pt-2 font-sans text-lg font-semibold">{block.text}</h2>;
          case "caption":
            return (
              <p key={i} className="border-l-4 border-stone-300 pl-3 font-sans text-sm italic text-stone-600">
                <span lang="en" className="mr-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs not-italic text-stone-700">Caption</span>
                {block.text}
              </p>
            );
          case "quote":
            return <blockquote key={i} className="border-l-4 border-indigo-300 pl-4 italic">{block.text}</blockquote>;
          case "credit":
            // Shown, but set apart: the analysis reads no credits line (lib/text/types.ts).
            return (
              <p key={i} className="font-sans text-sm text-stone-600">
                <span lang="en" className="mr-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs text-stone-700">Credits</span>
                {block.text}
              </p>
            );
          case "boilerplate":
            // A press release's "About <Company>" section or safe-harbor disclaimer: shown, set apart, never analysed.
            return (
              <p key={i} className="font-sans text-sm text-stone-600">
                <span lang="en" className="mr-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs text-stone-700">Issuer boilerplate</span>
                {block.text}
              </p>
            );
          case "list-item":
            return <p key={i} className="pl-6 before:-ml-4 before:mr-2 before:content-['•']">{block.text}</p>;
          default:
            return <p key={i}>{block.text}</p>;
        }
      })}
    </div>
  );
}
