/**
 * The Activity page's choices: whose entries and which kind. A plain GET
 * form, so a filtered list has an address a colleague can open.
 */
interface Props {
  actors: readonly string[];
  kinds: ReadonlyArray<{ value: string; label: string }>;
  who: string;
  what: string;
}

const selectClass = "mt-1 block rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";

export function ActivityFilter({ actors, kinds, who, what }: Props) {
  return (
    <form method="get" action="/activity" aria-label="Choose entries" className="flex flex-wrap items-end gap-3">
      <label className="block text-sm font-medium text-stone-700">
        Who
        <select name="who" defaultValue={who} className={selectClass}>
          <option value="">Everyone</option>
          {actors.map((actor) => (
            <option key={actor} value={actor}>
              {actor}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium text-stone-700">
        What
        <select name="what" defaultValue={what} className={selectClass}>
          <option value="">Everything</option>
          {kinds.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 text-sm font-medium text-white">
        Show
      </button>
    </form>
  );
}
