import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password-hash";

// Cheaper parameters than production where only the format matters: the real cost is ~0.4 s a hash.
const fast = { N: 1024, r: 8, p: 1 };

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^scrypt\$N=32768,r=8,p=3\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
  });

  it("salts every hash, so two accounts with one password do not share a hash", async () => {
    expect(await hashPassword("same password", fast)).not.toBe(await hashPassword("same password", fast));
  });

  it("reads the parameters stored with the hash, so they can be raised later", async () => {
    const stored = await hashPassword("an older password", fast);
    expect(stored).toContain("N=1024,r=8,p=1");
    expect(await verifyPassword("an older password", stored)).toBe(true);
  });

  it("treats the same text in two Unicode forms as one password", async () => {
    const stored = await hashPassword("caf\u00e9 au lait", fast);
    expect(await verifyPassword("cafe\u0301 au lait", stored)).toBe(true);
  });

  it("refuses anything that is not a hash it wrote", async () => {
    for (const stored of ["", "plaintext", "scrypt$N=1024,r=8,p=1$c2FsdA==$", "bcrypt$2b$10$abc"]) expect(await verifyPassword("x", stored)).toBe(false);
  });
});
