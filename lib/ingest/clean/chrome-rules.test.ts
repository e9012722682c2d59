import { describe, expect, it } from "vitest";
import { isCreditOnly, isDateline, isInlineReadAlso, isMenuLine, isPrompt, isRelatedHeading, isTagLine, matchByline, stripCreditTail } from "./chrome-rules";

describe("chrome rules", () => {
  it("reads names from bylines in several languages but not from sentences", () => {
    expect(matchByline("By Jane Doe | Updated: May 4, 2021")).toBe("Jane Doe");
    expect(matchByline("VON Sina Giebel")).toBe("Sina Giebel");
    expect(matchByline("Por María de la Fuente")).toBe("María de la Fuente");
    expect(matchByline("Por último, se ofreció una tregua")).toBeUndefined();
    expect(matchByline("By Monday evening the roads were clear.")).toBeUndefined();
  });

  it("recognises lines that only state a publication or update date", () => {
    expect(isDateline("Updated: May 4, 2021 07:45 IST")).toBe(true);
    expect(isDateline("Published on Tuesday, 4 May 2021")).toBe(true);
    expect(isDateline("Aktualisiert am")).toBe(true);
    expect(isDateline("Aktualisiert am 17.01.2021.")).toBe(true);
    expect(isDateline("Die Frist endet am 17.01.2021, sagte die Behörde.")).toBe(false);
    expect(isDateline("The bridge reopened on May 4, 2021 after repairs.")).toBe(false);
  });

  it("recognises tag lines, menus, related headings and read-also links across languages", () => {
    expect(isTagLine("Schlagwörter: Wald, Holz")).toBe(true);
    expect(isTagLine("Etiquetas: política")).toBe(true);
    expect(isMenuLine("Home | World | Business | Sport")).toBe(true);
    expect(isMenuLine("Prices rose 3% | wages 2% | rents 5% in the year to March, the office said.")).toBe(false);
    expect(isRelatedHeading("Noticias relacionadas")).toBe(true);
    expect(isRelatedHeading("Das könnte Sie auch interessieren!")).toBe(true);
    expect(isInlineReadAlso("Lea también: Otra noticia del día")).toBe(true);
    expect(isInlineReadAlso("Leia também: Outra notícia")).toBe(true);
  });

  it("tells prompts and credit-only captions from prose that mentions the same words", () => {
    expect(isPrompt("Open in App")).toBe(true);
    expect(isPrompt("Subscribe now to our e-edition for the full story.")).toBe(true);
    expect(isPrompt("Readers who subscribe to the newsletter were told first, the company said.")).toBe(false);
    expect(isCreditOnly("Photo: Reuters")).toBe(true);
    expect(isCreditOnly("Photographers gathered outside the court on Monday.")).toBe(false);
  });

  it("recognises share prompts, letters-to-the-editor invitations and read-also links with a » separator in other languages", () => {
    expect(isPrompt("Den Artikel mit anderen teilen:")).toBe(true);
    expect(isPrompt("Partager")).toBe(true);
    expect(isPrompt("Die Gemeinde will die Kosten teilen, sagte der Bürgermeister.")).toBe(false);
    expect(isPrompt("We want to hear what you think about this article. Submit a letter to the editor.")).toBe(true);
    expect(isPrompt("Puede escribirnos a redaccion@example.org o seguirnos en redes.")).toBe(true);
    expect(isPrompt("Residents said they want to hear what the council plans before the vote.")).toBe(false);
    expect(isInlineReadAlso("À lire aussi » Quel est votre profil digestif ?")).toBe(true);
  });

  it("cuts a picture credit off the end of a caption but leaves sentences that end by naming a source", () => {
    expect(stripCreditTail("The skier celebrates after the downhill run. © AFP / JANE DOE")).toBe("The skier celebrates after the downhill run.");
    expect(stripCreditTail("A stoat in its white winter coat blends into the snow. (jdoe / iStock.com)")).toBe("A stoat in its white winter coat blends into the snow.");
    expect(stripCreditTail("The minister at the press conference in Prague, photo: Government Archive")).toBe("The minister at the press conference in Prague");
    expect(stripCreditTail("Prices rose 3% in March, the statistics office said (Reuters)")).toBe("Prices rose 3% in March, the statistics office said (Reuters)");
    expect(stripCreditTail("© Reuters")).toBe("© Reuters");
  });

  it("recognises hyphenated German most-read headings and Portuguese/Spanish see-also headings, not sentences using the words", () => {
    expect(isRelatedHeading("meist-diskutiert")).toBe(true);
    expect(isRelatedHeading("Meistgelesen")).toBe(true);
    expect(isRelatedHeading("Veja Também:")).toBe(true);
    expect(isRelatedHeading("Vea también")).toBe(true);
    expect(isRelatedHeading("Veja também como o governo reagiu à decisão do tribunal.")).toBe(false);
  });

  it("recognises an invitation to send a letter to the editor however it is worded", () => {
    expect(isPrompt("Submit your letter to the editor via this form. Read more Letters to the Editor.")).toBe(true);
    expect(isPrompt("The mayor said she would submit a response to the editor's questions on Monday.")).toBe(false);
  });
});
