import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens";

describe("words of scripts written without spaces", () => {
  it("cuts a Japanese clause into its words, offsets into the text, particles and endings not content", () => {
    const text = "両外相はロンドンで会談した。";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.surface)).toEqual(["両", "外相", "は", "ロンドン", "で", "会談", "した"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
    expect(tokens.filter((t) => t.isContent).map((t) => t.surface)).toEqual(["両", "外相", "ロンドン", "会談"]);
  });

  it("cuts Chinese and Thai, and leaves Latin words beside them whole", () => {
    expect(tokenize("中国外交部发言人周三表示，双方同意加强合作。").map((t) => t.surface)).toEqual(["中国", "外交部", "发言", "人", "周三", "表示", "双方", "同意", "加强", "合作"]);
    expect(tokenize("Kindle for PCの起動ホットキー").map((t) => t.surface)).toEqual(["Kindle", "for", "PC", "の", "起動", "ホット", "キー"]);
    expect(tokenize("รัฐมนตรีต่างประเทศพบกันที่ลอนดอน").length).toBeGreaterThan(3);
  });

  it("leaves spaced scripts as they were: Korean, Cyrillic", () => {
    expect(tokenize("서울에서 양국 외교장관이 회담했다.").map((t) => t.surface)).toEqual(["서울에서", "양국", "외교장관이", "회담했다"]);
    expect(tokenize("Переговоры в Хабаровске").map((t) => t.surface)).toEqual(["Переговоры", "в", "Хабаровске"]);
  });
});
