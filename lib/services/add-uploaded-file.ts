/**
 * Use case: an analyst uploads a saved page (.html) or a text file. HTML goes
 * through article extraction, text through page-chrome cleaning; both are
 * stored once, with the file's bytes kept as the raw source.
 */
import "server-only";
import { decodeHtmlFile } from "../ingest/extract/decode-html-file";
import { decodePlainText } from "../ingest/fetch/decode-html";
import { ExtractionError } from "../ingest/extract/types";
import { binaryFileMessage, refusedFile } from "../ingest/file-refusal";
import { looksBinary, MAX_UPLOAD_BYTES } from "../ingest/input-guards";
import { addPastedArticle } from "./add-pasted-article";
import { storeExtractedArticle } from "./store-extracted-article";
import type { FiledSaveResult } from "./story-filing";
import { requireStoryIfGiven } from "./story-filing";
import { UserError } from "./user-error";

export { MAX_UPLOAD_BYTES };

export interface UploadInput {
  fileName: string;
  bytes: Uint8Array;
  /** Required for text files (a saved page names its own site). */
  outlet?: string;
  storyId?: string | null;
  /** For a text file only (a saved page carries its own): what the analyst says of it. */
  title?: string;
  url?: string;
  publishedAt?: string;
}

function looksLikeHtml(fileName: string, head: string): boolean {
  return /\.x?html?$/i.test(fileName) || /<(!doctype html|html[\s>]|head[\s>]|body[\s>])/i.test(head);
}

export async function addUploadedFile(input: UploadInput): Promise<FiledSaveResult> {
  await requireStoryIfGiven(input.storyId);
  if (input.bytes.byteLength === 0) throw new UserError("invalid_input", refusedFile(input.fileName, input.bytes)!);
  if (input.bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new UserError("too_large", `${input.fileName} is ${(input.bytes.byteLength / 1048576).toFixed(1)} MB; Lacuna takes files up to ${MAX_UPLOAD_BYTES / 1048576} MB.`);
  }
  const refusal = refusedFile(input.fileName, input.bytes);
  if (refusal) throw new UserError("unsupported", refusal);
  const head = Buffer.from(input.bytes.subarray(0, 2048)).toString("latin1");
  if (looksLikeHtml(input.fileName, head)) {
    // The extractor (linkedom, Readability) loads only for a page: a text file, or a CLI `add` of one, does not pay for it.
    const { extractArticle } = await import("../ingest/extract/extract-article");
    const html = decodeHtmlFile(input.bytes);
    try {
      const extracted = extractArticle(html);
      return await storeExtractedArticle(extracted, { requestedUrl: null, finalUrl: null, bytes: input.bytes }, { storyId: input.storyId, outletName: input.outlet });
    } catch (error) {
      if (error instanceof ExtractionError) throw new UserError("invalid_input", error.message);
      throw error;
    }
  }
  const text = decodePlainText(input.bytes);
  if (looksBinary(text)) throw new UserError("unsupported", binaryFileMessage(input.fileName));
  if (!input.outlet?.trim()) throw new UserError("invalid_input", "A text file does not say which outlet it is from: name the outlet.");
  return addPastedArticle({ outlet: input.outlet, text, storyId: input.storyId ?? undefined, title: input.title, url: input.url, publishedAt: input.publishedAt });
}
