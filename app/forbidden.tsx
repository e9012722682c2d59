import Link from "next/link";

/** A signed-in viewer asked to change something (forbidden() in requireEditor): 403. */
export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">Not allowed</h1>
      <p className="mt-3 text-stone-600">Your account can read and export, but not add, review or delete. Ask an editor, or an administrator to make you one.</p>
      <Link href="/" className="mt-6 inline-block rounded bg-indigo-700 px-4 py-2 text-white hover:bg-indigo-800">
        Back to stories and articles
      </Link>
    </div>
  );
}
