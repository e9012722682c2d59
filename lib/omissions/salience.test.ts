import { describe, expect, it } from "vitest";
import { isBoilerplate } from "./salience";

describe("isBoilerplate", () => {
  it("knows a site's furniture and the agency's fine print", () => {
    for (const text of [
      "This site uses cookies to improve your experience.",
      "Sign up for our newsletter.",
      "Copyright 2021 The Associated Press. All rights reserved.",
      "© 2021 Reuters",
      "Photo credit: AP",
      "With inputs from PTI",
      "A version of this article appears in print on October 12, 2012, on page A16 of the New York edition.",
    ]) {
      expect(isBoilerplate(text), text).toBe(true);
    }
  });

  it("does not take a story's own words for it: a cookie jar, a sign-up for rallies, copyright law, a correction", () => {
    for (const text of [
      'Ryan shot back: "They got caught with their hand in the cookie jar turning Medicare into a piggy bank."',
      "Liberal groups such as MoveOn.org began urging members to sign up on Monday for rallies.",
      "The court ruled on copyright law and the newsletter industry.",
      "Officials said they would follow usual procedures.",
      "Blinken and Lloyd making their overseas trips as members of the administration of US President Joe Biden to Japan. Credit: AP",
      // A correction tells the reader the article changed: no fine print.
      "Correction: An earlier version of this article gave the number of deaths as eleven.",
    ]) {
      expect(isBoilerplate(text), text).toBe(false);
    }
  });
});
