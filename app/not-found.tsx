import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">Not found</h1>
      <p className="mt-3 text-stone-600">There is no article, story or comparison at this address. It may have been deleted.</p>
      <Link href="/" className="mt-6 inline-block rounded bg-indigo-700 px-4 py-2 text-white hover:bg-indigo-800">
        Back to stories and articles
      </Link>
    </div>
  );
}
