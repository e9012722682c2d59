import { describe, expect, it } from "vitest";
import { blocksToText } from "./types";
import { BLINKEN_MOTEGI_ANI } from "../compare/fixtures/blinken-motegi";
import { CLIMATE_LAW_AGENCY } from "../compare/fixtures/german-climate-law";
import { sameLanguage, textLanguage } from "./language";

const code = (text: string) => textLanguage(text).code;

describe("textLanguage", () => {
  it("reads English news prose as English", () => {
    expect(textLanguage(blocksToText(BLINKEN_MOTEGI_ANI.blocks))).toEqual({ code: "eng", english: true });
  });

  it("reads an English box score, almost without function words, as English", () => {
    const boxScore = [
      "GIRLS BASKETBALL",
      "Palm Bay d. Rockledge 70-44",
      "Rockledge 14 11 6 15 — 44",
      "Palm Bay 18 22 13 17 — 70",
      "Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points. Bozeman 10 points. Bean-Laing 5 points. Moore 3 points.",
      "Rockledge (0-1): Blakely 15 points. Devoe 2 points. Baker 6 points. Brown 12 points. Halftime: Palm Bay 40-25. Three-point goals: Palm Bay 6, Rockledge 3. Next games: Palm Bay hosts Melbourne on Thursday; Rockledge visits Viera on Friday.",
    ].join("\n");
    expect(textLanguage(boxScore).english).toBe(true);
  });

  it("reads English lists that trigrams take for French or Spanish as English: race results, a roll of names", () => {
    const results =
      "Results: Men's 100m final: 1. Noah Lyles (USA) 9.79; 2. Kishane Thompson (JAM) 9.79; 3. Fred Kerley (USA) 9.81; 4. Akani Simbine (RSA) 9.82; 5. Lamont Marcell Jacobs (ITA) 9.85; 6. Letsile Tebogo (BOT) 9.86; 7. Kenneth Bednarek (USA) 9.88; 8. Oblique Seville (JAM) 9.91. Women's 100m final: 1. Julien Alfred (LCA) 10.72; 2. Sha'Carri Richardson (USA) 10.87; 3. Melissa Jefferson (USA) 10.92.";
    const roll =
      "Present: Secretary Antony Blinken, Foreign Minister Toshimitsu Motegi, Ambassador Linda Thomas-Greenfield, Deputy Secretary Wendy Sherman, Under Secretary Victoria Nuland, Assistant Secretary Daniel Kritenbrink, Director Jake Sullivan, Chief Kurt Campbell, Minister Nobuo Kishi, Secretary Lloyd Austin, General Mark Milley, Admiral John Aquilino. Venue: Lancaster House, London. Date: Monday, May 3, 2021.";
    expect(textLanguage(results).english).toBe(true);
    expect(textLanguage(roll).english).toBe(true);
  });

  it("names other languages: German, French, Spanish, Russian, Japanese", () => {
    expect(textLanguage(blocksToText(CLIMATE_LAW_AGENCY.blocks))).toEqual({ code: "deu", english: false });
    expect(
      code(
        "Le gouvernement a présenté mercredi à Paris un nouveau projet de loi sur le climat. Selon le ministère de l'Économie, les émissions devraient baisser de 55 % d'ici à 2030. Le premier ministre a déclaré lors d'une conférence de presse que le texte était une étape importante pour l'avenir du pays, tandis que l'opposition l'a jugé insuffisant.",
      ),
    ).toBe("fra");
    expect(
      code(
        "El Gobierno aprobó el miércoles en Madrid una nueva ley de cambio climático. Según el Ministerio de Economía, las emisiones deberán reducirse un 55 % antes de 2030. El presidente afirmó en una rueda de prensa que la norma es un paso importante para el futuro del país, mientras que la oposición la calificó de insuficiente.",
      ),
    ).toBe("spa");
    expect(
      code(
        "Правительство в среду утвердило в Москве новый закон о защите климата. По данным министерства экономики, выбросы должны сократиться на 30 процентов к 2030 году. Премьер-министр заявил на пресс-конференции, что закон станет важным шагом для будущего страны, а оппозиция назвала его недостаточным.",
      ),
    ).toBe("rus");
    expect(
      code(
        "政府は水曜日、東京で新しい気候保護法案を閣議決定した。経済産業省によると、温室効果ガスの排出量を2030年までに46パーセント削減することを目指す。首相は記者会見で、この法案は国の将来にとって重要な一歩だと述べた。一方、野党は内容が不十分だと批判した。環境団体は交通部門と農業に対するより厳しい規制を求めている。国会は夏の休会前に法案を審議する予定だ。",
      ),
    ).toBe("jpn");
  });

  it("leaves a text too short to tell undetermined: read as English, as it always was, and comparable with any language", () => {
    const snippet = textLanguage("Scholz nannte das Gesetz einen wichtigen Schritt.");
    expect(snippet).toEqual({ code: "und", english: true });
    expect(sameLanguage(snippet, textLanguage(blocksToText(CLIMATE_LAW_AGENCY.blocks)))).toBe(true);
    expect(sameLanguage(textLanguage(blocksToText(BLINKEN_MOTEGI_ANI.blocks)), textLanguage(blocksToText(CLIMATE_LAW_AGENCY.blocks)))).toBe(false);
  });
});
