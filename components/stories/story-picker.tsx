"use client";

import { useEffect, useId, useRef, useState } from "react";
import { searchStoriesAction } from "@/app/actions/stories";

export interface PickedStory {
  id: string;
  title: string;
}

interface Props {
  label: string;
  /** Called with the story chosen, or null when the choice is cleared. */
  onPick: (story: PickedStory | null) => void;
  picked: PickedStory | null;
  /** Form field that carries the chosen story's id, for a plain form submit. */
  name?: string;
  /**
   * Told what is typed in the box and not chosen ("" once a story is picked), so
   * a form can refuse to go on as if no story had been asked for.
   */
  onTypedChange?: (typed: string) => void;
}

/** Why a form will not start while the story box holds text that was never chosen. */
export function unchosenStoryMessage(typed: string): string {
  return `“${typed.trim()}” in the story box is not a chosen story: pick one from its list, or clear the box. A new story is started from an article's page once the article is stored.`;
}

/**
 * Choose a story by typing words of its title: the server returns the few
 * that match, so the page never lists every story in the archive. A combobox
 * in the ARIA sense: arrow keys move through the matches, Enter picks one.
 */
export function StoryPicker({ label, onPick, picked, name, onTypedChange }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<Array<PickedStory & { articleCount: number }>>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The query the last answer was for, so "no story matches" is never shown for words typed since.
  const [answered, setAnswered] = useState<string | null>(null);
  const asked = useRef(0);

  const type = (text: string) => {
    setQuery(text);
    onTypedChange?.(text);
  };

  useEffect(() => {
    if (!open) return;
    const ticket = ++asked.current;
    // Wait for a pause in typing before asking the server.
    const timer = setTimeout(async () => {
      const found = await searchStoriesAction(query);
      if (ticket === asked.current) {
        setMatches(found);
        setAnswered(query);
        setActive(found.length ? 0 : -1);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [query, open]);

  const choose = (story: PickedStory) => {
    onPick({ id: story.id, title: story.title });
    type("");
    setOpen(false);
  };

  return (
    <div className="relative">
      {name && <input type="hidden" name={name} value={picked?.id ?? ""} />}
      <label className="block text-xs text-stone-600" htmlFor={`${id}-input`}>
        {label}
      </label>
      {picked && (
        <p className="mt-1 flex items-center gap-2 text-sm">
          <span className="font-medium">{picked.title}</span>
          <button type="button" onClick={() => onPick(null)} className="text-xs text-indigo-700 underline">
            clear
          </button>
        </p>
      )}
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={open && matches.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? `${id}-option-${active}` : undefined}
        autoComplete="off"
        placeholder={picked ? "Find another story…" : "Type words of the story's title"}
        value={query}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          type(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(matches.length - 1, a + 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === "Enter" && open && matches[active]) {
            e.preventDefault();
            choose(matches[active]);
          } else if (e.key === "Escape") setOpen(false);
        }}
        className="mt-1 w-full min-w-64 rounded border border-stone-300 bg-white px-2 py-1 text-sm"
      />
      {open && matches.length > 0 && (
        <ul id={`${id}-list`} role="listbox" aria-label={`${label}: matching stories`} className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded border border-stone-300 bg-white text-sm shadow">
          {matches.map((story, i) => (
            <li
              key={story.id}
              id={`${id}-option-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(story)}
              className={`cursor-pointer px-2 py-1 ${i === active ? "bg-indigo-50" : ""}`}
            >
              {story.title} <span className="text-xs text-stone-500">({story.articleCount} article{story.articleCount === 1 ? "" : "s"})</span>
            </li>
          ))}
        </ul>
      )}
      {query.trim() !== "" && answered === query && matches.length === 0 && (
        <p className="mt-1 text-xs font-normal text-amber-800">No story has these words in its title; clear the box to add without a story.</p>
      )}
    </div>
  );
}
