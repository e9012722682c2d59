import type { Metadata } from "next";
import { AliasForm, RemoveAliasButton } from "@/components/aliases/alias-form";
import { canEdit, requireViewer } from "@/lib/auth/guards";
import { listEntityAliases } from "@/lib/db/aliases";
import { DEFAULT_ALIASES } from "@/lib/entities/aliases";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Entity aliases" };

export default async function AliasesPage() {
  const editor = canEdit(await requireViewer());
  const custom = await listEntityAliases();
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-semibold">Entity aliases</h1>
        <p className="mt-2 text-stone-700">
          Names that refer to the same person, organisation or country count as one, so “U.S.” in one report and “United States” in another raise no flag. Add the
          spellings your sources use; they apply to every comparison and story from the next view on.
        </p>
      </div>
      {editor && (
        <section aria-labelledby="add-alias" className="rounded border border-stone-200 bg-white p-4">
          <h2 id="add-alias" className="font-serif text-lg font-semibold">Add an alias</h2>
          <div className="mt-3"><AliasForm /></div>
        </section>
      )}
      <section aria-labelledby="your-aliases">
        <h2 id="your-aliases" className="font-serif text-xl font-semibold">Your aliases</h2>
        {custom.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">None yet.</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm">
            {custom.map((entry) => (
              <li key={entry.canonical} className="px-3 py-2">
                <strong>{entry.canonical}</strong>:{" "}
                {entry.aliases.map((alias) => (
                  <span key={alias} className="mr-3 inline-flex items-center gap-1">{alias} {editor && <RemoveAliasButton alias={alias} />}</span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="built-in">
        <h2 id="built-in" className="font-serif text-xl font-semibold">Built in</h2>
        <ul className="mt-2 grid gap-1 text-sm text-stone-700 sm:grid-cols-2">
          {DEFAULT_ALIASES.map((entry) => (
            <li key={entry.canonical}><strong>{entry.canonical}</strong>: {entry.aliases.join(", ")}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
