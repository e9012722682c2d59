"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * Whether the signed-in account may change things (an editor), so client
 * components can hide controls a viewer cannot use. Only a courtesy: every
 * write checks the session on the server (requireEditor).
 */
const CanEditContext = createContext(false);

export function CanEditProvider({ canEdit, children }: { canEdit: boolean; children: ReactNode }) {
  return <CanEditContext.Provider value={canEdit}>{children}</CanEditContext.Provider>;
}

export function useCanEdit(): boolean {
  return useContext(CanEditContext);
}
