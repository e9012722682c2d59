/**
 * Who says something in a passage: the person or organisation named next to
 * a speech verb ("said Lanhee Chen", "Holder told reporters", "according to
 * the Justice Department"). Places never speak: "a statement from Arizona"
 * names no speaker.
 */
import type { EntityAcross } from "../entities/resolve-entities";
import { SPEECH_VERB } from "./quotes";

const SPEAKER_TYPES = new Set<EntityAcross["type"]>(["person", "organization"]);
/** How far (in characters) a name may stand from its speech verb: "…, Lanhee Chen, the policy director for the Romney campaign, said". */
const MAX_DISTANCE = 90;

/**
 * The speaker of `text` among `entities` (those mentioned in it), or
 * undefined when no speech verb has a person or organisation beside it.
 */
export function speakerIn(text: string, entities: readonly EntityAcross[]): string | undefined {
  const verb = new RegExp(SPEECH_VERB.source, "gi");
  let best: { distance: number; name: string } | undefined;
  for (let m = verb.exec(text); m !== null; m = verb.exec(text)) {
    const verbStart = m.index;
    const verbEnd = m.index + m[0].length;
    for (const e of entities) {
      if (!SPEAKER_TYPES.has(e.type)) continue;
      for (const surface of e.surfaces) {
        for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
          const end = at + surface.length;
          // "told HuffPost": after these verbs stands the listener.
          if (at >= verbEnd && /^(?:told|tells|asked)$/i.test(m[0])) continue;
          const distance = end <= verbStart ? verbStart - end : Math.max(0, at - verbEnd);
          if (distance > MAX_DISTANCE) continue;
          if (!best || distance < best.distance) best = { distance, name: e.canonical };
        }
      }
    }
  }
  return best?.name;
}
