import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { findStandfirst } from "./find-standfirst";

const doc = (body: string): Document => parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;

describe("findStandfirst", () => {
  it("finds the lead that a site classes as one, under the headline in the same header", () => {
    const d = doc(`<article><header><h1>Council doubles allotment fees</h1>
      <p class="article__deck">Plot holders will pay 80 pounds a year from April, the first rise since 2012, to fund repairs to water pipes.</p></header>
      <div class="body"><p>Story text.</p></div></article>`);
    expect(findStandfirst(d)).toBe("Plot holders will pay 80 pounds a year from April, the first rise since 2012, to fund repairs to water pipes.");
  });

  it("reads the names sites use in other languages (chapô, bajada)", () => {
    const chapo = doc(`<div class="titre"><h1>Le tramway prolongé</h1><div class="article-chapo"><p>La ligne 2 ira jusqu'à la gare du Nord en 2027, a annoncé la métropole mardi soir.</p></div></div>`);
    expect(findStandfirst(chapo)).toContain("La ligne 2 ira jusqu'à la gare du Nord");
    const bajada = doc(`<section class="encabezado"><h1>Vuelven los trenes al sur</h1><div class="texto-bajada"><p>El servicio entre Temuco y Puerto Montt se reanuda en marzo tras doce años de suspensión.</p></div></section>`);
    expect(findStandfirst(bajada)).toContain("El servicio entre Temuco y Puerto Montt");
  });

  it("ignores a summary far from any headline, a teaser excerpt in a related box, and an author's description", () => {
    const far = doc(`<header><h1>Title</h1></header><div><div><div><div><div><p class="summary">A summary paragraph that sits deep in the page, well away from the headline block.</p></div></div></div></div></div>`);
    expect(findStandfirst(far)).toBeUndefined();
    const related = doc(`<article><h1>Title of the story</h1><div class="related-posts"><p class="excerpt">Excerpt of another story that the related box shows under its link here.</p></div></article>`);
    expect(findStandfirst(related)).toBeUndefined();
    const author = doc(`<article><h1>Title of the story</h1><div class="m-author"><p class="m-author__description">Jo Reid writes about towns and the land they sit on, and has done so for twenty years.</p></div></article>`);
    expect(findStandfirst(author)).toBeUndefined();
  });

  it("ignores a short label such as a section name", () => {
    expect(findStandfirst(doc(`<header><h1>Title</h1><p class="subtitle">Weather</p></header>`))).toBeUndefined();
  });
});
