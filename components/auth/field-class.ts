/** The look of a text or password field on the sign-in and account forms. */
export const FIELD_CLASS =
  "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-600 focus:outline-none focus:ring-1 focus:ring-indigo-600";
