import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEntityAliases } from "../db/aliases";
import { addAlias, removeAlias } from "./entity-aliases";
import { useTestDatabase } from "./test-database";
import { UserError } from "./user-error";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(async () => cleanup());

describe("addAlias / removeAlias", () => {
  it("stores a trimmed alias under its entity and forgets it again", async () => {
    expect(await addAlias({ canonical: "  Antony Blinken ", alias: " Tony Blinken  " })).toEqual({ canonical: "Antony Blinken", alias: "Tony Blinken" });
    expect(await listEntityAliases()).toEqual([{ canonical: "Antony Blinken", aliases: ["Tony Blinken"] }]);
    await removeAlias("Tony Blinken");
    expect(await listEntityAliases()).toEqual([]);
  });

  it("re-points an alias given again for another entity instead of storing it twice", async () => {
    await addAlias({ canonical: "Toshimitsu Motegi", alias: "Motegi-san" });
    await addAlias({ canonical: "Motegi Toshimitsu", alias: "Motegi-san" });
    expect(await listEntityAliases()).toEqual([{ canonical: "Motegi Toshimitsu", aliases: ["Motegi-san"] }]);
    await removeAlias("Motegi-san");
  });

  it.each([
    ["an empty name", { canonical: " ", alias: "Tony" }, /Name the entity/],
    ["an empty alias", { canonical: "Antony Blinken", alias: "" }, /Give the alias/],
    ["an alias equal to the name", { canonical: "Antony Blinken", alias: "antony blinken" }, /same as the name/],
    ["an overlong alias", { canonical: "Antony Blinken", alias: "x".repeat(201) }, /under 200/],
  ])("refuses %s with a message and stores nothing", async (_name, input, message) => {
    const error = await addAlias(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
    expect(await listEntityAliases()).toEqual([]);
  });
});
