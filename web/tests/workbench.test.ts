/**
 * End-to-end: every page of the workbench in a real (headless) chromium against the real server.
 * Skips only when chromium is not installed (CI installs Debian's chromium).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { startServer } from "../../src/server/index.ts";
import { HOSTILE_TEXT } from "../../src/server/testing.ts";
import { findChromium, openSession, type Session } from "./browser.ts";

const chromiumPath = findChromium();
const skip = chromiumPath ? false : "chromium is not installed (apt-get install -y chromium); browser tests skipped";

describe("web workbench in chromium", { skip, timeout: 300_000 }, () => {
  let s: Session;
  let page: Page;
  const shots: string[] = [];
  const go = (path: string) => page.goto(new URL(path, s.server.url).href);

  before(async () => {
    s = await openSession(chromiumPath!);
    page = await s.page();
  });
  after(async () => {
    await s?.close();
    if (shots.length) process.stdout.write(`# screenshots:\n${shots.map((f) => `#   ${f}`).join("\n")}\n`);
  });

  test("corpus: search with a filter, open a passage from a hit", async () => {
    await go("/corpus");
    await page.getByRole("heading", { name: "Corpus" }).waitFor();
    await page.getByLabel("Search", { exact: true }).fill("sanctions");
    await page.getByLabel("Country (ISO3)").fill("IRN");
    await page.getByRole("button", { name: "Search" }).click();
    await page.locator(".hits li").first().waitFor();
    assert.match(page.url(), /q=sanctions/);
    assert.match(page.url(), /country=IRN/);
    assert.ok((await page.locator(".hits mark").count()) > 0, "matches are marked");
    shots.push(await s.shot(page, "corpus-search"));
    await page.locator(".hits a").first().click();
    await page.locator(".passage.target").waitFor();
    const hash = decodeURIComponent(new URL(page.url()).hash);
    assert.match(hash, /^#passage-IRN_\d{4}\.[0-9a-f]{6}\.s\d+$/);
    assert.equal(await page.locator(".passage.target").getAttribute("id"), hash.slice(1));
    assert.match((await page.locator(".passage.target").textContent()) ?? "", /sanction/i);
    shots.push(await s.shot(page, "document-passage"));
    await page.getByRole("button", { name: "Code the events in this document" }).click();
    await page.locator("table.events tbody tr").first().waitFor({ timeout: 60_000 });
    await page.locator("table.events tbody tr a").first().click();
    await page.locator(".passage.target").waitFor();
  });

  test("corpus: ingest by upload; markup in a document renders as text", async () => {
    await go("/corpus");
    await page.getByRole("heading", { name: "Add documents" }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({
      name: "hostile-markup.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(HOSTILE_TEXT),
    });
    await page.locator(".report").waitFor();
    assert.match((await page.locator(".report").textContent()) ?? "", /1 added/);
    await page.getByRole("link", { name: "hostile-markup" }).first().click();
    await page.locator(".doctext").waitFor();
    const text = (await page.locator(".doctext").textContent()) ?? "";
    assert.ok(text.includes("<script>window.__scXss"), "the script tag shows as text");
    assert.ok(text.includes('onerror="window.__scXss'), "the handler shows as text");
    assert.equal(await page.locator(".doctext script, .doctext img").count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __scXss?: string }).__scXss), undefined);
    shots.push(await s.shot(page, "document-hostile-markup"));
  });

  test("corpus: an unsupported upload is refused in words", async () => {
    await go("/corpus");
    await page.locator('input[type="file"]').setInputFiles({ name: "image.png", mimeType: "image/png", buffer: Buffer.from([137, 80, 78, 71]) });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? "", /unsupported file type.*SC_INGEST_UNSUPPORTED/s);
  });

  test("leader: loading indicator, Holsti plot, trait bars with norm bands, change over time", async () => {
    await go("/leader");
    await page.getByLabel("Speaker", { exact: true }).fill("Rouhani");
    await page.getByLabel("One profile per").selectOption("year");
    await page.getByRole("button", { name: "Profile" }).click();
    // Profiling takes seconds: the indicator must show while it runs.
    await page.getByRole("status").filter({ hasText: "Coding texts" }).waitFor();
    await page.getByRole("img", { name: "Holsti quadrant plot of Self and Other" }).locator("svg").first().waitFor({ timeout: 120_000 });
    await page.getByRole("img", { name: "Trait scores against norm bands" }).locator("svg").first().waitFor();
    await page.getByRole("img", { name: "Operational-code indices per profile" }).locator("svg").first().waitFor();
    assert.ok((await page.locator("table tbody tr").count()) >= 7, "one row per trait");
    shots.push(await s.shot(page, "leader"));
  });

  test("doctrine: quotes link to passages; stance map; diff", async () => {
    await go("/doctrine");
    await page.getByRole("heading", { name: "Principles" }).waitFor();
    await page.getByRole("img", { name: /Stance map/ }).locator("svg").first().waitFor();
    shots.push(await s.shot(page, "doctrine"));
    await page.getByLabel("Doctrine B").selectOption("examples/hypothetical-pragmatist");
    await page.locator(".status-changed, .status-added, .status-removed").first().waitFor();
    shots.push(await s.shot(page, "doctrine-diff"));
    const cite = page.locator("a.cite").first();
    const quote = ((await page.locator(".quote p").first().textContent()) ?? "").replace(/[“”]/g, "").trim();
    await cite.click();
    await page.locator(".passage.target").waitFor();
    const target = ((await page.locator(".passage.target").textContent()) ?? "").replace(/\s+/g, " ");
    assert.ok(target.includes(quote.replace(/\s+/g, " ").slice(0, 20)), `cited passage holds the quote: ${quote.slice(0, 40)}`);
    shots.push(await s.shot(page, "doctrine-citation-passage"));
  });

  test("decide: edit a scenario with the pickers, run, see probabilities and the explanation", async () => {
    await go("/decide");
    const select = page.getByLabel("Scenario");
    await page.locator('select[name] option, label:has-text("Scenario") option').nth(1).waitFor({ state: "attached" });
    const first = await select.locator("option").nth(1).getAttribute("value");
    await select.selectOption(first!);
    await page.getByRole("group", { name: /Pressures/ }).waitFor();
    const code = page.getByLabel("CAMEO code").first();
    await code.fill("036");
    assert.match((await page.locator(".action-desc").first().textContent()) ?? "", /meet|negotiat/i);
    await page.getByLabel("Intervals").selectOption("200");
    await page.getByRole("button", { name: "Run the models" }).click();
    await page.locator("table.probabilities tbody tr").first().waitFor();
    const cells = await page.locator("table.probabilities td").allTextContents();
    assert.ok(cells.length > 0 && cells.every((c) => /^\d+\.\d%/.test(c.trim())), "probabilities in percent");
    assert.ok(cells.some((c) => /\(\d+\.\d%–\d+\.\d%\)/.test(c)), "90% intervals from the Monte Carlo draws");
    await page.getByRole("img", { name: "Contribution of each term to the option's utility" }).locator("svg").first().waitFor();
    shots.push(await s.shot(page, "decide"));
  });

  test("backtest: calibration plot, per-case table, doctrine comparison", async () => {
    await go("/backtest");
    await page.getByRole("button", { name: "Run the backtest" }).click();
    await page.getByRole("img", { name: /Calibration plot/ }).locator("svg").first().waitFor({ timeout: 120_000 });
    assert.ok((await page.locator("table.cases tbody tr").count()) >= 10);
    await page.getByLabel("Doctrine B").selectOption("examples/hypothetical-pragmatist");
    await page.getByRole("button", { name: "Compare" }).click();
    await page.locator("table.compare tbody tr").first().waitFor();
    assert.match((await page.locator("#cmp-h + form + p, section[aria-labelledby=cmp-h] > p").first().textContent()) ?? "", /decisions flip/);
    shots.push(await s.shot(page, "backtest"));
  });

  test("bargaining: positions over turns and the final outcome", async () => {
    await go("/bargain");
    await page.getByLabel("Scenario").locator("option").first().waitFor({ state: "attached" });
    await page.getByRole("button", { name: "Run" }).click();
    await page.getByRole("img", { name: /positions over turns/ }).locator("svg").first().waitFor();
    assert.ok((await page.locator("table tbody tr").count()) > 2);
    shots.push(await s.shot(page, "bargaining"));
  });

  test("briefing: rendered with citations that open passages; export buttons", async () => {
    await go("/brief");
    await page.getByLabel("Leader").fill("Rouhani");
    await page.getByRole("button", { name: "Write the briefing" }).click();
    await page.locator("article.briefing").waitFor({ timeout: 120_000 });
    assert.ok(await page.getByRole("button", { name: "Export Markdown" }).isVisible());
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export HTML" }).click();
    assert.match((await download).suggestedFilename(), /\.html$/);
    shots.push(await s.shot(page, "briefing"));
    await page.locator("article.briefing a.cite").first().click();
    await page.locator(".passage.target").waitFor();
  });

  test("keyboard: skip link and navigation work without a mouse", async () => {
    await go("/corpus");
    await page.getByRole("heading", { name: "Corpus" }).waitFor();
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to content");
    await page.getByRole("link", { name: "Doctrine", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Doctrine", level: 1 }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/doctrine");
  });

  test("phone width: pages fit without sideways scrolling", async () => {
    const phone = await s.page(390, 844);
    for (const path of ["/corpus", "/decide", "/doctrine", "/leader", "/backtest", "/bargain", "/brief"]) {
      await phone.goto(new URL(path, s.server.url).href);
      await phone.locator("h1").waitFor();
      await phone.waitForLoadState("networkidle");
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${path} overflows by ${overflow}px`);
      if (path === "/corpus") shots.push(await s.shot(phone, "phone-corpus"));
    }
    await phone.close();
  });

  test("token: without it the page says so in words; with ?token= it works and leaves the URL", async () => {
    const token = "browser-test-token-0123456789abcdef";
    const guarded = await startServer({ corpus: s.corpus, port: 0, host: "127.0.0.1", token });
    const p = await s.page();
    try {
      await p.goto(new URL("/corpus", guarded.url).href);
      const alert = p.getByRole("alert").first();
      await alert.waitFor();
      assert.match((await alert.textContent()) ?? "", /missing bearer token.*SC_SERVER_UNAUTHORIZED/s);
      await p.goto(new URL(`/corpus?token=${token}`, guarded.url).href);
      await p.locator("table tbody tr").first().waitFor();
      assert.ok(!p.url().includes("token"), "the token leaves the address bar");
      await p.getByRole("link", { name: "Leader", exact: true }).click();
      await p.getByRole("heading", { name: "Leader profile" }).waitFor();
    } finally {
      await p.close();
      await guarded.close();
    }
  });

  test("phone width: a decision with its results fits", async () => {
    const phone = await s.page(390, 844);
    await phone.goto(new URL("/decide", s.server.url).href);
    const select = phone.getByLabel("Scenario");
    await select.locator("option").nth(1).waitFor({ state: "attached" });
    await select.selectOption((await select.locator("option").nth(1).getAttribute("value"))!);
    await phone.getByRole("button", { name: "Run the models" }).click();
    await phone.locator("table.probabilities").waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `/decide with results overflows by ${overflow}px`);
    await phone.close();
  });

  test("no script errors or CSP violations on any page", () => {
    const real = s.errors.filter((e) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(e));
    assert.deepEqual(real, []);
  });
});
