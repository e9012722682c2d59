"use client";

import { useEffect, useRef } from "react";

/**
 * "Show all" on a list: the items it reveals come after the first ones, and
 * the button that revealed them moves down past them, off screen. Left there,
 * focus sits below the new items and Tab skips every one of them. So once they
 * are rendered, focus goes to the first newly shown item's first control.
 *
 * `listRef` goes on the list (its children are the items); call `revealing()`
 * in the click handler that shows them.
 */
export function useFocusFirstShown<T extends HTMLElement>(shown: boolean, firstNewIndex: number) {
  const listRef = useRef<T>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!shown || !pending.current) return;
    pending.current = false;
    listRef.current?.children[firstNewIndex]?.querySelector<HTMLElement>("button, select, a[href], input, textarea")?.focus();
  }, [shown, firstNewIndex]);
  return {
    listRef,
    revealing: () => {
      pending.current = true;
    },
  };
}
