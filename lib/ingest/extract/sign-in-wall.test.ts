import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { hasWallPrompt, isSignInAddress, isSignInTitle, signInWallClue, visiblePageText, WALL_MAX_WORDS } from "./sign-in-wall";

describe("isSignInAddress", () => {
  it("knows the routes paywalls redirect to", () => {
    for (const url of [
      "https://news.example/account/login?return=%2Fnews%2Fstory",
      "https://news.example/users/sign_in",
      "https://news.example/signin.aspx?ReturnUrl=/a/1",
      "https://news.example/wp-login.php?redirect_to=x",
      "https://news.example/subscribe?ref=paywall",
      "https://login.news.example/?next=/story",
      "https://accounts.news.example/u/start",
      "https://www.zeitung.example/anmelden/",
    ]) {
      expect(isSignInAddress(url), url).toBe(true);
    }
  });

  it("leaves article addresses alone, even ones whose slug mentions signing in", () => {
    for (const url of [
      "https://news.example/tech/2024/03/12/bank-app-login-outage",
      "https://news.example/news/how-to-sign-in-safely",
      "https://news.example/subscribers-guide/harbour",
      "https://account.example/news/story",
      "not a url",
      undefined,
    ]) {
      expect(isSignInAddress(url), String(url)).toBe(false);
    }
  });
});

describe("isSignInTitle", () => {
  it("knows sign-in and subscription page titles", () => {
    for (const title of ["Sign in | Coastal Ledger", "Log in to your account", "Login", "Subscribe – The Ledger", "Create an account or sign in", "Anmelden - Zeitung"]) {
      expect(isSignInTitle(title), title).toBe(true);
    }
  });

  it("leaves headlines that start with such a word alone", () => {
    for (const title of ["Login woes hit Harbour Savings customers | Coastal Ledger", "Sign-up for flu jabs opens on Monday", "Register of lobbyists to be published", "Subscriber numbers fall at regional papers", null]) {
      expect(isSignInTitle(title), String(title)).toBe(false);
    }
  });
});

describe("hasWallPrompt", () => {
  it("finds the prompts of reading walls", () => {
    for (const text of [
      "Subscribe to continue reading",
      "Log in or create a free account to keep reading this story.",
      "To continue reading, please sign in.",
      "Subscribe now to read the full article",
      "You must be logged in to view this content.",
      "This article is for subscribers only.",
      "This content is available exclusively to paying subscribers.",
      "You have reached your free article limit for this month.",
      "You've read all your free articles this month.",
    ]) {
      expect(hasWallPrompt(text), text).toBe(true);
    }
  });

  it("does not take page chrome or prose that mentions signing in for one", () => {
    for (const text of [
      "Sign in Subscribe News Sport",
      "Subscribe to our newsletter and get the news in your inbox every weekday.",
      "Already a subscriber? Sign in. Forgot your password? Remember me",
      "SUBSCRIBER ONLY",
      "Customers could not sign in to the app; the screen said 'Log in to continue'.",
      "The report is available to members of parliament from Monday.",
      "Continue reading →",
    ]) {
      expect(hasWallPrompt(text), text).toBe(false);
    }
  });
});

describe("visiblePageText", () => {
  it("leaves out scripts, templates and markup-hidden elements, where paywall templates wait", () => {
    const { document } = parseHTML(
      `<html><head><title>Subscribe to continue reading</title></head><body><p>Shown</p><script>var t = "Subscribe to continue reading";</script><template><p>Subscribe to continue reading</p></template><div hidden><p>Subscribe to continue reading</p></div><div style="display: none">Subscribe to continue reading</div><p aria-hidden="true">Subscribe to continue reading</p></body></html>`,
    );
    expect(visiblePageText(document as unknown as Document)).toBe("Shown");
  });
});

describe("signInWallClue", () => {
  const wall = { url: "https://news.example/account/login", pageTitle: "Sign in | News", visibleText: () => "Subscribe to continue reading" };

  it("names the strongest clue of a short page", () => {
    expect(signInWallClue(20, wall)).toBe("address");
    expect(signInWallClue(20, { ...wall, url: "https://news.example/news/story" })).toBe("title");
    expect(signInWallClue(20, { ...wall, url: "https://news.example/news/story", pageTitle: "Harbour fees rise | News" })).toBe("prompt");
  });

  it("keeps any text of article length, whatever the page says around it", () => {
    expect(signInWallClue(WALL_MAX_WORDS, wall)).toBeNull();
  });

  it("reads the page's text only when the address and title said nothing", () => {
    let read = 0;
    signInWallClue(20, { ...wall, visibleText: () => (read++, "") });
    expect(read).toBe(0);
    expect(signInWallClue(20, { url: "https://news.example/news/story", pageTitle: "Harbour fees rise", visibleText: () => (read++, "Sign in Subscribe") })).toBeNull();
    expect(read).toBe(1);
  });
});
