import { linksIn, readInline } from "../../../src/core/parse/inline";

const text = (raw: string) => readInline(raw, 1).text;

describe("display text of a span, as a reader of the note sees it", () => {
  it.each([
    ["**Sell side**", "Sell side"],
    ["__bold__ and _it_ and *it*", "bold and it and it"],
    ["~~struck~~ ==marked==", "struck marked"],
    ["`XLE\\|IGV` in code", "XLE|IGV in code"],
    ["``a`b``", "a`b"],
    ['<b>hi</b> <span class="x">there</span>', "hi there"],
    ["\\*not emphasis\\* \\_x\\_ a\\|b", "*not emphasis* _x_ a|b"],
    ["[[Exxon]]", "Exxon"],
    ["[[Claude Cowork disruption February 2026\\|SaaSpocalypse]], AI disruption", "SaaSpocalypse, AI disruption"],
    ["[[Oil|oil demand]]", "oil demand"],
    ["[[Sector Rotation#Historical rotations]]", "Sector Rotation > Historical rotations"],
    ["[[#XMAG ETF]]", "XMAG ETF"],
    ["![[xle-vs-igv-price-chart.png]] after", "after"],
    ["[Bloomberg](https://www.bloomberg.com/) (Jan 7)", "Bloomberg (Jan 7)"],
    ["![chart](x.png) text", "text"],
    ["AT&amp;T &lt;3 &#8594; &#x2248;", "AT&T <3 → ≈"],
    ["snake_case_name stays", "snake_case_name stays"],
    ["→ — ≈ 😀 שלום", "→ — ≈ 😀 שלום"],
  ])("%s → %s", (raw, want) => expect(text(raw)).toBe(want));

  it("keeps text that only looks like markup when nothing closes it", () => {
    expect(text("a [[b and `c and [d](e")).toBe("a [[b and `c and [d](e");
    expect(text("1 < 2 and 3 > 2")).toBe("1 < 2 and 3 > 2");
  });

  it("reads a link around an image, keeping both links", () => {
    const r = readInline("[![badge](b.svg)](https://ci.example)", 4);
    expect(r.links.map((l) => [l.target, l.embed, l.line])).toEqual([
      ["https://ci.example", false, 4],
      ["b.svg", true, 4],
    ]);
  });
});

describe("links of a span", () => {
  it("reads target, heading, block, alias and embed of wikilinks", () => {
    const links = readInline("[[A]] [[B#H|alias]] [[C#^blk]] ![[img.png|300]] [[D#H1#H2]]", 7).links;
    expect(links.map((l) => [l.target, l.heading, l.block, l.alias, l.embed])).toEqual([
      ["A", null, null, null, false],
      ["B", "H", null, "alias", false],
      ["C", null, "blk", null, false],
      ["img.png", null, null, "300", true],
      ["D", "H1 > H2", null, null, false],
    ]);
    expect(links.every((l) => l.kind === "wiki" && l.line === 7)).toBe(true);
  });

  it("reads markdown links and images, with URLs holding parentheses or spaces", () => {
    const links = readInline('[W](https://en.wikipedia.org/wiki/Foo_(bar)) ![alt](<my chart.png> "title") <https://ft.com>', 2).links;
    expect(links.map((l) => [l.kind, l.target, l.alias, l.embed])).toEqual([
      ["markdown", "https://en.wikipedia.org/wiki/Foo_(bar)", "W", false],
      ["markdown", "my chart.png", "alt", true],
      ["markdown", "https://ft.com", null, false],
    ]);
  });

  it("finds the same links whether or not the display text is wanted", () => {
    for (const raw of ["See [[A]] and [x](http://e.com) ![[p.png]]", "[[a [[b]] c]] [[", "`[[code]]` [[real]]", "[a][ref] [[B\\|b]]"]) {
      expect(linksIn(raw, 3)).toEqual(readInline(raw, 3).links);
    }
  });

  it("survives unbalanced brackets: the last balanced link is still found", () => {
    expect(readInline("[[a [[b [[Real]] ]] [[", 1).links.map((l) => l.target)).toEqual(["Real"]);
    expect(readInline("[[[[[[", 1).links).toEqual([]);
    expect(readInline("]] [[", 1).text).toBe("]] [[");
    // Found by the property test: text before an inner embed still has its escapes read.
    const r = readInline("[[Dot-com bubble\\|![[x.png]]Dot-com bust]]", 1);
    expect(r.text).toBe("[[Dot-com bubble|Dot-com bust]]");
    expect(r.links).toEqual([expect.objectContaining({ target: "x.png", embed: true })]);
  });

  it("does not read links inside code spans", () => {
    expect(readInline("`[[NotALink]]` and `[x](y)`", 1).links).toEqual([]);
  });
});
