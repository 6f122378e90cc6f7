import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { openCorpus } from "./open-corpus.ts";
import { makePdf, tempDir } from "./testing.ts";

function setup() {
  const dir = tempDir();
  const corpus = openCorpus(join(dir, "store.db"));
  const write = (name: string, content: string | Buffer) => {
    const p = join(dir, name);
    mkdirSync(join(p, ".."), { recursive: true });
    writeFileSync(p, content);
    return p;
  };
  const count = () => ({
    docs: (corpus.db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n,
    passages: (corpus.db.prepare("SELECT count(*) AS n FROM passages").get() as { n: number }).n,
  });
  return { dir, corpus, write, count };
}

async function failsWith(paths: string[], code: string, setupFn = setup) {
  const s = setupFn();
  try {
    const r = await s.corpus.ingest(paths.map((p) => (p.startsWith("/") ? p : join(s.dir, p))));
    assert.fail(`expected ${code}, got report ${JSON.stringify(r.failed)}`);
  } catch (e) {
    return { error: e as { code: string; file?: string; hint?: string }, s };
  }
}

test("missing path and folder without supported files are coded errors", async () => {
  const a = await failsWith(["/definitely/not/here"], "SC_INGEST_NOT_FOUND");
  assert.equal(a?.error.code, "SC_INGEST_NOT_FOUND");
  assert.equal(a?.error.file, "/definitely/not/here");
  assert.ok(a?.error.hint);
  const s = setup();
  s.write("empty-folder/notes.docx", "x");
  await assert.rejects(
    s.corpus.ingest([join(s.dir, "empty-folder")]),
    (e: { code: string; file: string }) => {
      assert.equal(e.code, "SC_INGEST_NO_FILES");
      assert.ok(e.file.endsWith("empty-folder"));
      return true;
    },
  );
});

test("per-file problems are reported with code, path and hint; nothing of a failed file is stored", async () => {
  const s = setup();
  s.write("in/good.txt", "A good document. It has two sentences.");
  s.write("in/binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x41]));
  s.write("in/latin1.txt", Buffer.from("caf\xe9 society is fine.", "latin1"));
  s.write("in/empty.txt", "   \n\n");
  s.write("in/big.txt", "word ".repeat(400));
  s.write("in/scan.pdf", makePdf());
  s.write("in/fake.pdf", "not a pdf at all, just text");
  const r = await s.corpus.ingest([join(s.dir, "in")], { maxBytes: 1000 });
  const byFile = Object.fromEntries(r.failed.map((f) => [f.path.split("/").pop(), f]));
  assert.equal(byFile["binary.txt"]?.code, "SC_INGEST_BINARY");
  assert.equal(byFile["latin1.txt"]?.code, "SC_INGEST_ENCODING");
  assert.match(byFile["latin1.txt"]?.message ?? "", /byte 3/);
  assert.equal(byFile["empty.txt"]?.code, "SC_INGEST_EMPTY");
  assert.equal(byFile["big.txt"]?.code, "SC_INGEST_TOO_LARGE");
  assert.equal(byFile["scan.pdf"]?.code, "SC_INGEST_PDF_NO_TEXT");
  assert.equal(byFile["fake.pdf"]?.code, "SC_INGEST_PDF");
  for (const f of r.failed) assert.ok(f.hint, `${f.code} has a hint`);
  assert.equal(r.added, 1);
  assert.deepEqual(
    s.corpus.documents().map((d) => d.id),
    ["good"],
  );
});

test("malformed JSONL line: reported with its line number, the other lines ingest", async () => {
  const s = setup();
  const p = s.write(
    "statements.jsonl",
    [
      JSON.stringify({
        id: "a",
        text: "First statement. It is fine.",
        speaker: "A. Speaker",
        date: "2001-05-02",
        country: "irn",
      }),
      "{not json",
      JSON.stringify({ id: "c", title: "no text here" }),
      JSON.stringify({ id: "d", text: "Bad date here.", date: "2001-13-45" }),
      JSON.stringify({ id: "e", text: "Last statement." }),
    ].join("\n"),
  );
  const r = await s.corpus.ingest([p]);
  assert.deepEqual(
    r.failed.map((f) => [f.code, f.line, f.field ?? null]),
    [
      ["SC_INGEST_BAD_JSONL", 2, null],
      ["SC_INGEST_BAD_JSONL", 3, "text"],
      ["SC_INGEST_BAD_DATE", 4, "date"],
    ],
  );
  assert.deepEqual(
    s.corpus.documents().map((d) => [d.id, d.country, d.date]),
    [
      ["a", "IRN", "2001-05-02"],
      ["e", null, null],
    ],
  );
});

test("a metadata date that is not a date is refused (flag and sidecar)", async () => {
  const s = setup();
  const p = s.write("x/doc.txt", "Some text here.");
  await assert.rejects(
    s.corpus.ingest([p], { meta: { date: "last Tuesday" } }),
    (e: { code: string; field: string }) => {
      assert.equal(e.code, "SC_INGEST_BAD_DATE");
      assert.equal(e.field, "--date");
      return true;
    },
  );
  s.write("x/speeches.jsonl", `${JSON.stringify({ file: "doc.txt", date: "2020-02-30" })}\n`);
  const r = await s.corpus.ingest([p]);
  assert.equal(r.failed[0]?.code, "SC_INGEST_BAD_DATE");
  assert.equal(s.count().docs, 0);
});

test("HTML: main content only; scripts, handlers and javascript: links never reach the text", async () => {
  const s = setup();
  const p = s.write(
    "page.html",
    `<!doctype html><html><head><title>Talks resume</title><style>p{color:red}</style>
     <script>alert("x")</script></head><body onload="steal()">
     <nav><a href="/">Home</a> | <a href="javascript:alert(1)">Menu</a></nav>
     <main><h1>Talks resume in Geneva</h1>
     <p onclick="evil()">Negotiators met on Monday. <a href="javascript:void(0)">Read more</a></p>
     <img src=x onerror="alert(2)"><p>They agreed to meet again &amp; to publish a <a href="https://example.org/r">report</a>.</p>
     <script>document.write("injected")</script></main>
     <footer>Copyright notice</footer></body></html>`,
  );
  await s.corpus.ingest([p]);
  const doc = s.corpus.document("page")!;
  assert.equal(doc.meta.title, "Talks resume in Geneva");
  assert.equal(
    doc.text,
    "Negotiators met on Monday. Read more\n\nThey agreed to meet again & to publish a report.",
  );
  assert.doesNotMatch(
    JSON.stringify(doc),
    /alert|javascript:|onerror|onclick|onload|injected|Home|Copyright|color:red/,
  );
  assert.deepEqual(doc.meta.links, [{ text: "report", href: "https://example.org/r" }]);
});

test("PDF with a text layer is ingested", async () => {
  const s = setup();
  const p = s.write(
    "speech.pdf",
    makePdf(["We seek dialogue with all nations.", "We reject pressure and threats."]),
  );
  const r = await s.corpus.ingest([p]);
  assert.equal(r.added, 1, JSON.stringify(r.failed));
  assert.match(
    s.corpus.document("speech")!.text,
    /We seek dialogue with all nations\.\s+We reject pressure and threats\./,
  );
});

test("idempotent re-ingest, new versions for changed files, stable passage ids", async () => {
  const s = setup();
  const p = s.write("c/doc.txt", "First sentence here. Second sentence here.\n\nA new paragraph.");
  const r1 = await s.corpus.ingest([p]);
  const ids1 = s.corpus.passages("doc").map((x) => x.id);
  const before = s.count();
  const r2 = await s.corpus.ingest([p]);
  assert.equal(r1.added, 1);
  assert.equal(r2.added + r2.newVersions, 0);
  assert.equal(r2.unchanged, 1);
  assert.deepEqual(s.count(), before);
  assert.deepEqual(
    s.corpus.passages("doc").map((x) => x.id),
    ids1,
  );
  // The same content in a fresh store gets the same passage ids.
  const other = setup();
  await other.corpus.ingest([p]);
  assert.deepEqual(
    other.corpus.passages("doc").map((x) => x.id),
    ids1,
  );
  // A changed file becomes version 2; version 1 stays readable for old citations.
  writeFileSync(p, "First sentence here. A changed second sentence.");
  const r3 = await s.corpus.ingest([p]);
  assert.equal(r3.newVersions, 1);
  assert.equal(s.corpus.document("doc")!.version, 2);
  assert.equal(
    s.corpus.document("doc", 1)!.text,
    "First sentence here. Second sentence here.\n\nA new paragraph.",
  );
  assert.deepEqual(
    s.corpus.documents().map((d) => [d.id, d.version]),
    [["doc", 2]],
  );
  assert.equal(s.corpus.search("paragraph").length, 0, "search sees only the latest version");
  // Metadata-only change updates in place.
  const r4 = await s.corpus.ingest([p], { meta: { speaker: "Someone" } });
  assert.equal(r4.metadataUpdated, 1);
  assert.equal(s.corpus.document("doc")!.speaker, "Someone");
});

test("sidecar metadata (speeches.jsonl) applies per file; README files are skipped with a reason", async () => {
  const s = setup();
  s.write("ungd/IRN_2013.txt", "We seek peace. We reject war.");
  s.write("ungd/README.md", "# About this folder");
  s.write(
    "ungd/speeches.jsonl",
    `${JSON.stringify({ file: "IRN_2013.txt", country_iso3: "IRN", country: "Iran", year: 2013, speaker: "Mr. Hassan Rouhani", post: "President" })}\n`,
  );
  const r = await s.corpus.ingest([join(s.dir, "ungd")]);
  assert.equal(r.skipped[0]?.reason.includes("README"), true);
  const d = s.corpus.document("IRN_2013")!;
  assert.deepEqual(
    [d.country, d.date, d.speaker, d.post, d.collection],
    ["IRN", "2013", "Mr. Hassan Rouhani", "President", "ungd"],
  );
  assert.equal(s.corpus.documents({ speaker: "rouhani" }).length, 1);
  assert.equal(s.corpus.documents({ speaker: "Ahmadinejad" }).length, 0);
});

test("property: every stored passage equals document.text.slice(start, end)", async () => {
  const word = fc.constantFrom(
    "We",
    "Iran",
    "the",
    "U.S.",
    "Mr.",
    "peace",
    "war",
    "—",
    "“quoted”",
    "é",
    "😀",
    "end.",
    "Yes!",
    "no?",
    "3.5",
  );
  const para = fc.array(word, { minLength: 1, maxLength: 25 }).map((w) => w.join(" "));
  const text = fc
    .array(para, { minLength: 1, maxLength: 6 })
    .map((ps) => ps.join(fc.sample(fc.constantFrom("\n", "\n\n", "\r\n"), 1)[0]));
  const s = setup();
  let n = 0;
  await fc.assert(
    fc.asyncProperty(text, async (t) => {
      if (!t.trim()) return;
      const p = s.write(`prop/d${n++}.txt`, t);
      const r = await s.corpus.ingest([p]);
      const id = r.documents[0]!.id;
      const doc = s.corpus.document(id)!;
      for (const level of ["sentence", "paragraph"] as const) {
        for (const ps of s.corpus.passages(id, level))
          assert.equal(ps.text, doc.text.slice(ps.start, ps.end));
      }
    }),
    { numRuns: 40 },
  );
});
